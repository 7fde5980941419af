package dev.lede;

/**
 * The query could not be understood or cannot find anything: a syntax error, an unknown field, a query too costly
 * to run, or one of only common words that are not indexed ({@code the}). The message is one sentence, on one line,
 * saying what to type instead: fit to show to the person who typed the query.
 */
public class InvalidQueryException extends LedeException {
    /** The query as given. */
    private final String query;

    /**
     * A refusal of this query.
     *
     * @param query the query as given
     * @param message one sentence saying what is wrong and what to type instead
     */
    public InvalidQueryException(String query, String message) {
        super(message);
        this.query = query;
    }

    /** {@return the query as given} */
    public String query() {
        return query;
    }
}
