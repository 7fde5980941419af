package dev.lede;

import java.util.List;

/**
 * What was read from one input: its articles, and the parts that could not be read.
 *
 * @param articles the articles, in input order, each with where it was found
 * @param problems what was skipped and why, and notices about what was read anyway (see {@link InputProblem#skipped()})
 */
public record ParseResult(List<Located> articles, List<InputProblem> problems) {
    /**
     * An article and where it was read.
     *
     * @param article the article, with its names
     * @param path the file it was read from ({@code -} for standard input)
     * @param line its line in a JSON Lines file, from 1; 0 for formats of one article per file
     */
    public record Located(Article article, String path, long line) {
        /** {@return {@code path}, or {@code path:line} for JSON Lines} */
        public String location() {
            return line > 0 ? path + ":" + line : path;
        }
    }

    /** A result holding copies of the given lists. */
    public ParseResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
