package dev.lede;

import java.util.List;
import java.util.Map;

/**
 * The outcome of indexing a set of files.
 *
 * @param files how many files were read
 * @param added articles new to the index
 * @param updated articles that replaced an older version with the same id (on a new index: inputs that share
 *     a page link, or an id given in the input, with an earlier input of other content)
 * @param unchanged articles already in the index exactly as read
 * @param copies inputs that were exact copies of an earlier input of the same run, stored once
 * @param copiesNamed where the first few of those copies were ({@code file} or {@code file:line})
 * @param notRead files found in directories and passed over, by kind ({@code .pdf}, {@code README}), most first
 * @param problems inputs skipped, with reasons, and notices about inputs read anyway (see {@link InputProblem#skipped()})
 */
public record IndexReport(int files, int added, int updated, int unchanged, int copies, List<String> copiesNamed,
        Map<String, Integer> notRead, List<InputProblem> problems) {
    /** A report holding copies of the given lists and map (the map in its order). */
    public IndexReport {
        copiesNamed = List.copyOf(copiesNamed);
        notRead = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notRead));
        problems = List.copyOf(problems);
    }

    /**
     * A report without copies or files passed over.
     *
     * @param files how many files were read
     * @param added articles new to the index
     * @param updated articles that replaced an older version with the same id
     * @param unchanged articles already in the index exactly as read
     * @param problems inputs skipped, with reasons, and notices
     */
    public IndexReport(int files, int added, int updated, int unchanged, List<InputProblem> problems) {
        this(files, added, updated, unchanged, 0, List.of(), Map.of(), problems);
    }

    /** {@return how many inputs were skipped} */
    public int skipped() {
        return (int) problems.stream().filter(InputProblem::skipped).count();
    }

    /** {@return how many files in directories were passed over as not articles} */
    public int filesNotRead() {
        return notRead.values().stream().mapToInt(Integer::intValue).sum();
    }
}
