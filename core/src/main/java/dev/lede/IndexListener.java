package dev.lede;

/** Hears about an indexing run as it goes, e.g. to show progress. Called on the indexing thread. */
public interface IndexListener {
    /** Called after each file, with the number of files read so far, of {@code totalFiles}, and the articles indexed so far. */
    default void fileDone(int filesDone, int totalFiles, int articles) {}

    /** Called for each input that is skipped. */
    default void problem(InputProblem problem) {}

    /**
     * Called as the run begins and after each commit, with how many articles the index then keeps for
     * good: what remains if the run is stopped now.
     */
    default void committed(int articles) {}

    /** A listener that ignores everything. */
    IndexListener NONE = new IndexListener() {};
}
