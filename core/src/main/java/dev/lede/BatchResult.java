package dev.lede;

/**
 * One query of a batch ({@link Lede#searchBatch}) and what it found, or why it could not be run.
 *
 * @param line the query's line in the list, from 1
 * @param query the query as written on that line, without the spaces around it
 * @param results its best matches; {@code null} when the query could not be run
 * @param problem why the query could not be run, one sentence; {@code null} when it ran
 */
public record BatchResult(int line, String query, SearchResults results, String problem) {
    /** {@return whether the query could not be run} */
    public boolean failed() {
        return problem != null;
    }
}
