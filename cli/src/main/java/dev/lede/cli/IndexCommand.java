package dev.lede.cli;

import dev.lede.IndexListener;
import dev.lede.InputFormat;
import dev.lede.IndexReport;
import dev.lede.InputProblem;
import dev.lede.Lede;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lede index PATH...} */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index article files and directories (recursively).",
                "Formats: page text (.txt), JSON Lines (.jsonl), HTML pages (.html), each maybe gzipped (.gz).",
                "Indexing the same article again updates it; it is never stored twice."})
final class IndexCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to index; - reads standard input.")
    List<Path> paths;

    @Mixin
    FormatOption format;

    @Mixin
    NameModelOption nameModel;

    private final Terminal terminal;

    IndexCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        nameModel.apply();
        IndexReport report = run(terminal, index.path(), paths, format.format);
        return report.skipped() == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    /** Indexes the paths, showing progress and problems, then prints the summary. */
    static IndexReport run(Terminal terminal, Path indexPath, List<Path> paths, InputFormat format) throws Exception {
        Progress progress = new Progress(terminal);
        IndexReport report;
        try (Lede lede = Lede.open(indexPath)) {
            report = lede.index(paths, format, progress);
        } finally {
            progress.clear();
        }
        terminal.out.println(summary(report, indexPath));
        return report;
    }

    static String summary(IndexReport report, Path indexPath) {
        int articles = report.added() + report.updated() + report.unchanged();
        return String.format("Indexed %d %s from %d %s into %s: %d added, %d updated, %d unchanged, %d skipped.",
                articles, plural(articles, "article"), report.files(), plural(report.files(), "file"), indexPath,
                report.added(), report.updated(), report.unchanged(), report.skipped());
    }

    static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }

    /** A one-line progress counter on a terminal, redrawn at most ten times a second; problems as they come. */
    private static final class Progress implements IndexListener {
        private final Terminal terminal;
        private long lastDrawn;
        private boolean drawn;

        Progress(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public void fileDone(int filesDone, int totalFiles, int articles) {
            long now = System.nanoTime();
            if (!terminal.interactive || (now - lastDrawn < 100_000_000L && filesDone < totalFiles)) {
                return;
            }
            lastDrawn = now;
            terminal.err.print("\rIndexing: " + filesDone + "/" + totalFiles + " files, " + articles + " articles");
            terminal.err.flush();
            drawn = true;
        }

        @Override
        public void problem(InputProblem problem) {
            clear();
            terminal.problem(problem.skipped() ? "skipped " + problem : problem.toString());
        }

        void clear() {
            if (drawn) {
                terminal.err.print("\r\u001B[K");
                terminal.err.flush();
                drawn = false;
            }
        }
    }
}
