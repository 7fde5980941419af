package dev.lede;

/**
 * Pseudo-relevance feedback for a search (RM3): the words that best characterise the query's best articles score
 * its best matches again, so that the articles about the query's story as a whole move up ("Trump health": the
 * one about the president's health, above Trump's politics). It reorders matches and never adds one: counts,
 * phrases, exclusions and filters stay those of the query as typed. It applies to searches by relevance.
 *
 * @param articles how many of the best matches give the words, 1 or more
 * @param terms how many of their words score the matches again, 1 or more
 * @param weight how much those words count, together, against the query as typed (above 0)
 * @param depth how many of the best matches are scored again, 1 or more; the rest keep their order
 */
public record Feedback(int articles, int terms, double weight, int depth) {
    /** The settings measured best on held-out judged topics (EVALUATION.md). */
    public static final Feedback DEFAULT = new Feedback(3, 20, 2.5, 50);

    /** Feedback settings; refused with {@link IllegalArgumentException} when a count is below 1 or the weight not above 0. */
    public Feedback {
        if (articles < 1 || terms < 1 || depth < 1) {
            throw new IllegalArgumentException("Feedback needs at least one article, one word and one match to reorder; got "
                    + articles + ", " + terms + " and " + depth + ".");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("The feedback weight must be a number above 0; got " + weight + ".");
        }
    }
}
