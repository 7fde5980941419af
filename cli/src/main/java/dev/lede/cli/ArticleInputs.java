package dev.lede.cli;

import dev.lede.InputFormat;
import dev.lede.InputProblem;
import dev.lede.Lede;
import dev.lede.NameFinder;
import dev.lede.ParseResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the articles of the files a command names as they come (a file of any size needs little memory),
 * reporting each bad input and each notice on one line as it goes.
 */
final class ArticleInputs {
    interface Each {
        /** One article, and how many articles its file held: 1 when only this one, else at least 2. */
        void article(ParseResult.Located article, int inFile) throws Exception;
    }

    private ArticleInputs() {}

    /** Hands over every article; returns the exit code: {@link ExitCode#BAD_INPUT} when some input was skipped. */
    static int read(Terminal terminal, List<Path> paths, InputFormat format, NameFinder names, Each each) throws Exception {
        int[] skipped = {0};
        for (Path file : Lede.files(paths, problem -> report(terminal, problem, skipped))) {
            // One article is held back until the next one comes, to tell a file of one article from one of several.
            ParseResult.Located[] held = {null};
            int[] count = {0};
            Exception[] failure = {null};
            Lede.parse(file, format, names, located -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    if (held[0] != null) {
                        each.article(held[0], 2);
                    }
                } catch (Exception e) {
                    failure[0] = e;
                }
                held[0] = located;
                count[0]++;
            }, problem -> report(terminal, problem, skipped));
            if (failure[0] != null) {
                throw failure[0];
            }
            if (held[0] != null) {
                each.article(held[0], count[0]);
            }
        }
        return skipped[0] == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private static void report(Terminal terminal, InputProblem problem, int[] skipped) {
        if (problem.skipped()) {
            skipped[0]++;
            terminal.problem("skipped " + problem);
        } else {
            terminal.problem(problem.toString());
        }
    }
}
