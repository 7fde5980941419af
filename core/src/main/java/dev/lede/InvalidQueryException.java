package dev.lede;

/** The query could not be understood: a syntax error, an unknown field, or a query too costly to run. */
public class InvalidQueryException extends LedeException {
    private final String query;

    public InvalidQueryException(String query, String message) {
        super(message);
        this.query = query;
    }

    /** The query as given. */
    public String query() {
        return query;
    }
}
