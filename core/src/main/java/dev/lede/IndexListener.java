package dev.lede;

/** Hears about an indexing run as it goes, e.g. to show progress. Called on the indexing thread. */
public interface IndexListener {
    /** Called after each file, with the number of files read so far, of {@code totalFiles}, and the articles indexed so far. */
    default void fileDone(int filesDone, int totalFiles, int articles) {}

    /** Called for each input that is skipped. */
    default void problem(InputProblem problem) {}

    /** A listener that ignores everything. */
    IndexListener NONE = new IndexListener() {};
}
