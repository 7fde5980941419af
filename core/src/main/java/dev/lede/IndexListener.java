package dev.lede;

/** Hears about an indexing run as it goes, e.g. to show progress. Called on the indexing thread. */
public interface IndexListener {
    /**
     * Called after each file.
     *
     * @param filesDone the number of files read so far
     * @param totalFiles how many files the run reads
     * @param articles the articles indexed so far
     */
    default void fileDone(int filesDone, int totalFiles, int articles) {}

    /**
     * Called for each input that is skipped, and for each notice about an input read anyway.
     *
     * @param problem the input and why
     */
    default void problem(InputProblem problem) {}

    /**
     * Called as the run begins and after each commit, with how many articles the index then keeps for
     * good: what remains if the run is stopped now.
     *
     * @param articles how many articles the index keeps
     */
    default void committed(int articles) {}

    /** A listener that ignores everything. */
    IndexListener NONE = new IndexListener() {};
}
