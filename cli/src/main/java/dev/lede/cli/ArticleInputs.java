package dev.lede.cli;

import dev.lede.InputFormat;
import dev.lede.InputProblem;
import dev.lede.Lede;
import dev.lede.ParseResult;
import java.nio.file.Path;
import java.util.List;

/** Reads the articles of the files a command names, reporting each bad input on one line as it goes. */
final class ArticleInputs {
    interface Each {
        /** One article, and how many articles its file held. */
        void article(ParseResult.Located article, int inFile) throws Exception;
    }

    private ArticleInputs() {}

    /** Hands over every article; returns the exit code: {@link ExitCode#BAD_INPUT} when some input was bad. */
    static int read(Terminal terminal, List<Path> paths, InputFormat format, Each each) throws Exception {
        int[] problems = {0};
        for (Path file : Lede.files(paths, problem -> report(terminal, problem, problems))) {
            ParseResult result = Lede.parse(file, format);
            for (ParseResult.Located located : result.articles()) {
                each.article(located, result.articles().size());
            }
            result.problems().forEach(problem -> report(terminal, problem, problems));
        }
        return problems[0] == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private static void report(Terminal terminal, InputProblem problem, int[] problems) {
        problems[0]++;
        terminal.problem("skipped " + problem);
    }
}
