package dev.lede;

/**
 * Pseudo-relevance feedback for a search (RM3): the query is run once, the words that best characterise its
 * best articles are added to it, and it is run again. It finds articles that use other words for the same story
 * ("fans" and "trouble" for "football hooligans"), at the cost of a second search. Only plain words of the query
 * are expanded; its phrases, exclusions and filters keep their meaning.
 *
 * @param articles how many of the first search's best articles feed the expansion, 1 or more
 * @param terms how many of their words are added, 1 or more
 * @param weight how much the added words count, together, against the query as typed (above 0)
 */
public record Feedback(int articles, int terms, double weight) {
    /** The settings measured best on held-out judged topics (EVALUATION.md). */
    public static final Feedback DEFAULT = new Feedback(3, 20, 5.0);

    /** Feedback settings; refused with {@link IllegalArgumentException} when a count is below 1 or the weight not above 0. */
    public Feedback {
        if (articles < 1 || terms < 1) {
            throw new IllegalArgumentException("Feedback needs at least one article and one word; got " + articles + " and " + terms + ".");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("The feedback weight must be a number above 0; got " + weight + ".");
        }
    }
}
