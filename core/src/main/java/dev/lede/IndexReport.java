package dev.lede;

import java.util.List;

/**
 * The outcome of indexing a set of files.
 *
 * @param files how many files were read
 * @param added articles new to the index
 * @param updated articles that replaced an older version with the same id
 * @param unchanged articles already in the index exactly as read
 * @param problems inputs skipped, with reasons, and notices about inputs read anyway (see {@link InputProblem#skipped()})
 */
public record IndexReport(int files, int added, int updated, int unchanged, List<InputProblem> problems) {
    public IndexReport {
        problems = List.copyOf(problems);
    }

    /** How many inputs were skipped. */
    public int skipped() {
        return (int) problems.stream().filter(InputProblem::skipped).count();
    }
}
