package dev.lede;

import java.util.List;

/**
 * How well {@link Lede#similar} finds the other articles of a story, on articles labelled by story: each labelled
 * article of a story of two or more is asked for its similar articles, and the rest of its story should come first.
 *
 * @param stories per story, in the order the labels first name them; stories of one article are left out
 * @param articles how many articles were asked for their similar ones
 * @param precision the mean over those articles of precision at k, k being the number of other articles in the story
 *     (R-precision): 1 when they fill the first k places
 * @param averagePrecision the mean over those articles of average precision (MAP), the ranking read 100 deep
 */
public record SimilarityScores(List<Story> stories, int articles, double precision, double averagePrecision) {
    /**
     * One story's scores, the means over its articles.
     *
     * @param label the story's label
     * @param articles how many labelled articles it has
     * @param precision mean precision at k
     * @param averagePrecision mean average precision
     */
    public record Story(String label, int articles, double precision, double averagePrecision) {}

    /**
     * Scores holding a copy of the stories' list.
     *
     * @param stories each story's scores
     * @param articles how many labelled articles were scored
     * @param precision mean precision at k over the articles
     * @param averagePrecision mean average precision over the articles
     */
    public SimilarityScores {
        stories = List.copyOf(stories);
    }
}
