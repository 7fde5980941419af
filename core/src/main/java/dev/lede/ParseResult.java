package dev.lede;

import java.util.List;

/**
 * What was read from one input: its articles, and the parts that could not be read.
 *
 * @param articles the articles, in input order
 * @param problems what was skipped and why
 */
public record ParseResult(List<Article> articles, List<InputProblem> problems) {
    public ParseResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
