package dev.lede.cli;

import dev.lede.IndexListener;
import dev.lede.InputFormat;
import dev.lede.IndexReport;
import dev.lede.InputProblem;
import dev.lede.Lede;
import dev.lede.NameFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede index PATH...} */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index article files and directories (recursively).",
                "Formats: page text (.txt), JSON Lines (.jsonl), HTML pages (.html), each maybe gzipped (.gz);",
                "documents: PDF (.pdf), Word (.docx, .doc), OpenDocument (.odt), e-mail (.eml).",
                "A PDF without a text layer (a scan) is reported and skipped.",
                "Indexing the same article again updates it; it is never stored twice.",
                "Other files in directories (sheet.xlsx, README.txt) are passed over and counted.",
                "If stopped, the index keeps what was committed; run the same command again to finish."})
final class IndexCommand implements Callable<Integer>, OptionalParts.User {
    @Mixin
    IndexOption index;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to index; - reads standard input.")
    List<Path> paths;

    @Mixin
    FormatOption format;

    @Mixin
    NameModelOption nameModel;

    @Option(names = "--semantic", description = {"Also give each article a vector of its meaning (the sentence-embedding model"
            + " all-MiniLM-L6-v2, run on this computer), so that searches find articles by meaning as well as by words.",
            "Indexing is several times slower. An index keeps the choice: later runs add vectors without being told."})
    boolean semantic;

    @Mixin
    SolrOption solr;

    @Option(names = "--commit-every", paramLabel = "N",
            description = {"Commit after every N new or changed articles (default: " + Lede.COMMIT_EVERY + "), and every 10 seconds while any"
                    + " wait: a run that is killed keeps what was committed, and the same command completes it."})
    Integer commitEvery;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "2",
            description = "With --solr, the shards of a collection it creates (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "2",
            description = "With --solr, the copies of each shard of a collection it creates (default: ${DEFAULT-VALUE}).")
    int replicas;

    private final Terminal terminal;

    IndexCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (solr.given(index)) {
            SolrOption.refuse(semantic, "--semantic");
            SolrOption.refuse(format.format != InputFormat.AUTO, "--format");
            SolrOption.refuse(commitEvery != null, "--commit-every");
            IndexReport report = SolrIndexes.index(terminal, solr, paths, nameModel.finder(), shards, replicas);
            return report.skipped() == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
        }
        if (commitEvery != null && commitEvery < 1) {
            throw new UsageException("--commit-every must be 1 or more, not " + commitEvery + ".");
        }
        IndexReport report = run(terminal, index.path(), paths, format.format, nameModel.finder(), semantic,
                commitEvery == null ? Lede.COMMIT_EVERY : commitEvery);
        return report.skipped() == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    /**
     * Indexes the paths, showing progress and problems, then prints the summary.
     *
     * @param semantic give the articles vectors ({@code --semantic})
     * @param commitEvery commit after this many new or changed articles
     */
    static IndexReport run(Terminal terminal, Path indexPath, List<Path> paths, InputFormat format, NameFinder names,
            boolean semantic, int commitEvery) throws Exception {
        IndexReport report = withProgress(terminal, indexPath.toString(), progress -> {
            try (Lede lede = Indexes.builder(indexPath, semantic).nameFinder(names).commitEvery(commitEvery, Lede.COMMIT_AFTER).open()) {
                return lede.index(paths, format, progress);
            }
        });
        terminal.out.println(summary(report, indexPath));
        return report;
    }

    /** An indexing run, given a listener. */
    interface Run<T> {
        T with(IndexListener progress) throws IOException;
    }

    /**
     * Runs an indexing run with its progress on the terminal and, should the process be stopped first (Ctrl-C, a
     * plain kill), a line saying what {@code where} keeps.
     */
    static <T> T withProgress(Terminal terminal, String where, Run<T> run) throws IOException {
        Progress progress = new Progress(terminal);
        // Ctrl-C (or a plain kill) ends the JVM through its shutdown hooks: say what the index keeps.
        Thread stopped = new Thread(() -> progress.stopped(where), "lede-index-stopped");
        Runtime.getRuntime().addShutdownHook(stopped);
        try {
            return run.with(progress);
        } finally {
            progress.finish();
            try {
                Runtime.getRuntime().removeShutdownHook(stopped);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs, and finds the run finished.
            }
        }
    }

    /** The summary: one line of counts, then a line each for exact copies and files passed over, if any. */
    static String summary(IndexReport report, Path indexPath) {
        return summary(report, indexPath.toString());
    }

    /** @param where the index ({@code lede-index}, {@code collection news at 127.0.0.1:2181}) */
    static String summary(IndexReport report, String where) {
        int articles = report.added() + report.updated() + report.unchanged() + report.copies();
        StringBuilder text = new StringBuilder(String.format("Indexed %d %s from %d %s into %s: %d added, %d updated, %d unchanged, ",
                articles, plural(articles, "article"), report.files(), plural(report.files(), "file"), where,
                report.added(), report.updated(), report.unchanged()));
        if (report.copies() > 0) {
            text.append(report.copies()).append(report.copies() == 1 ? " exact copy, " : " exact copies, ");
        }
        text.append(report.skipped()).append(" skipped.");
        if (report.copies() > 0) {
            int more = report.copies() - report.copiesNamed().size();
            text.append(System.lineSeparator()).append(report.copies() == 1 ? "1 input was a copy" : report.copies()
                    + " inputs were copies").append(" of an earlier one (the same text, white space aside), stored once: ")
                    .append(String.join(", ", report.copiesNamed())).append(more > 0 ? " and " + more + " more." : ".");
        }
        if (report.filesNotRead() > 0) {
            List<String> kinds = report.notRead().entrySet().stream().map(kind -> kind.getValue() + " " + kind.getKey()).toList();
            text.append(System.lineSeparator()).append(report.filesNotRead()).append(' ')
                    .append(plural(report.filesNotRead(), "file")).append(" of other types not read: ")
                    .append(String.join(", ", kinds)).append('.');
        }
        return text.toString();
    }

    static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }

    /** A one-line progress counter on a terminal, redrawn at most ten times a second; problems as they come. */
    private static final class Progress implements IndexListener {
        private final Terminal terminal;
        private long lastDrawn;
        private boolean drawn;
        /** Read by the shutdown hook, on another thread. */
        private volatile int committed = -1;
        private volatile boolean finished;

        Progress(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public synchronized void fileDone(int filesDone, int totalFiles, int articles) {
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
        public void committed(int articles) {
            committed = articles;
        }

        /** The run ended, normally or with an error that will be reported. */
        synchronized void finish() {
            finished = true;
            clear();
        }

        /** The process is ending before the run did. */
        synchronized void stopped(String where) {
            if (finished) {
                return;
            }
            clear();
            terminal.problem(committed < 0 ? "stopped before writing anything to " + where + "."
                    : "stopped; " + where + " keeps the " + committed + " " + plural(committed, "article")
                            + " committed so far. Run the same command again to finish.");
        }

        @Override
        public synchronized void problem(InputProblem problem) {
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

    /** Documents among its files, --semantic or an index with vectors, or --solr. */
    @Override
    public boolean needsOptionalParts() {
        return semantic || solr.wanted(index) || index.keepsVectors() || ArticleInputs.mayNeedDocumentReader(paths, format.format);
    }
}
