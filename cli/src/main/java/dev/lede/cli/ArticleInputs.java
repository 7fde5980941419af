package dev.lede.cli;

import dev.lede.InputFormat;
import dev.lede.InputProblem;
import dev.lede.Lede;
import dev.lede.NameFinder;
import dev.lede.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * Whether reading the paths may take a document reader (lede-documents): some file, named or in a directory
     * (hidden ones aside, as {@link Lede#files} passes over them), has a name that tells no format lede-core reads
     * itself ({@code report.pdf}, {@code notes}). Never with a format given: then every file is read in that format.
     */
    static boolean mayNeedDocumentReader(List<Path> paths, InputFormat format) {
        if (format != InputFormat.AUTO) {
            return false;
        }
        for (Path path : paths) {
            if (path.toString().equals("-")) {
                continue;
            }
            if (!Files.isDirectory(path)) {
                if (!tellsFormat(path)) {
                    return true;
                }
                continue;
            }
            try (Stream<Path> found = Files.find(path, Integer.MAX_VALUE, (file, attributes) -> attributes.isRegularFile()
                    && !isHidden(path.relativize(file)) && !tellsFormat(file))) {
                if (found.findAny().isPresent()) {
                    return true;
                }
            } catch (IOException | UncheckedIOException unreadable) {
                return true; // the command reads the directory itself and says what went wrong
            }
        }
        return false;
    }

    private static boolean tellsFormat(Path file) {
        return file.getFileName() != null && InputFormat.ofName(file.getFileName().toString()).isPresent();
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

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
