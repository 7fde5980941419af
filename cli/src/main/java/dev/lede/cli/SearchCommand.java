package dev.lede.cli;

import dev.lede.Facets;
import dev.lede.Feedback;
import dev.lede.Lede;
import dev.lede.Search;
import dev.lede.SearchResults;
import dev.lede.Sort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede search QUERY} */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index; the best matches come first.",
        footerHeading = "%nQuery syntax:%n",
        footer = {
                "  ceasefire hostages    these words; matching more of them ranks higher",
                "  \"Benny Gantz\"         an exact phrase",
                "  ceasefire -Egypt      leave out articles with a word",
                "  name:\"Benny Gantz\"    a name found in the article; also person:,",
                "                        organization:, place:",
                "  person:Gantz          the same, for one type of name",
                "  source:aljazeera.com  articles from one site",
                "  title:ceasefire       a word in the headline; also body:",
                "  date:2024-06          published that day, month or year;",
                "                        date:[2024-01-01 TO 2024-03-31] for a range,",
                "                        date:[2024-01-01 TO *] for one open at an end",
                "  cease*  Netanyahu~    prefixes and near spellings; AND, OR, NOT, ( )",
                "Query words may start with -; after --, every argument is query text:",
                "  lede search Yukos -Deutsche    lede search -- -Egypt ceasefire",
                "A query that matches fewer than " + Lede.SUGGEST_BELOW + " articles gets a spelling to try, from the",
                "index's own words and names (Did you mean: Netanyahu?)."})
final class SearchCommand implements Callable<Integer>, OptionalParts.User {
    @Mixin
    IndexOption index;

    @Parameters(paramLabel = "QUERY", arity = "0..*", parameterConsumer = QueryWords.class,
            description = "What to look for (several words form one query; words may start with -, and after -- "
                    + "everything is query text).")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "N",
            description = "Show at most N hits (default: 10; with --batch, " + BATCH_LIMIT + " per query).")
    Integer limit;

    @Option(names = "--batch", paramLabel = "FILE",
            description = "Run every query in FILE, one a line (- reads standard input; blank lines and lines starting "
                    + "with # are passed over), and write one table of each query's matches and best hits; --format csv "
                    + "or jsonl for a spreadsheet or a notebook.")
    String batch;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Pass over the first N hits, to show the next page (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (best match first), newest or oldest (by publication date; undated last) (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Write every match, not only a page, as csv (a spreadsheet's table) or jsonl (one JSON object a line); "
                    + "--limit and --offset do not apply.")
    String format;

    @Option(names = "--snippets", description = "With --format, also write each match's snippet (slower).")
    boolean snippets;

    @Option(names = "--facets", description = "Also show the names (per type) and sources most common among all matches, and the months they were published in.")
    boolean facets;

    @Option(names = "--feedback", description = "Reorder the best matches by the words of the best three, so that "
            + "articles about the whole story come first (adds no match).")
    boolean feedback;

    @Option(names = "--all", description = "Show every copy of a story as a hit of its own. By default an article "
            + "republished with small edits (one wire story on several sites) is shown once, its copies named under it.")
    boolean all;

    @Mixin
    SolrOption solr;

    private static final int FACET_VALUES = 5;
    /** Hits per query of a batch by default: a list of names wants the count and the best few, not a page each. */
    static final int BATCH_LIMIT = 3;

    /**
     * A first query word may start with a dash ({@code -Egypt ceasefire}): an argument that is none of this command's
     * options is query text. Clustered short options are off, or {@code -iraq} would read as an index named {@code raq}.
     */
    @Spec
    void queryWordsMayStartWithADash(CommandSpec spec) {
        spec.parser().unmatchedOptionsArePositionalParams(true).posixClusteredShortOptionsAllowed(false);
    }

    /**
     * From the first query word on, every argument that is not exactly one of the options ({@code -n 5},
     * {@code --json}) is a query word, dashes and all ({@code Yukos -Deutsche}); after {@code --}, every one is.
     */
    static final class QueryWords implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec spec) {
            List<String> words = argSpec.getValue() == null ? new ArrayList<>() : new ArrayList<>(argSpec.<List<String>>getValue());
            boolean first = true;
            while (!args.isEmpty()) {
                String next = args.peek();
                if (next.equals("--")) {
                    args.pop();
                    while (!args.isEmpty()) {
                        words.add(args.pop());
                    }
                    break;
                }
                if (!first && (isOption(next, spec) || next.startsWith("--"))) {
                    break; // an option after the words, or a mistyped one for picocli to report
                }
                if (first && next.startsWith("--")) {
                    throw new ParameterException(spec.commandLine(), "Unknown option: '" + next.replaceAll("\\p{Cntrl}+", " ") + "'");
                }
                words.add(args.pop());
                first = false;
            }
            argSpec.setValue(words);
        }

        private static boolean isOption(String arg, CommandSpec spec) {
            int equals = arg.indexOf('=');
            return spec.optionsMap().containsKey(equals > 0 ? arg.substring(0, equals) : arg);
        }
    }

    private final Terminal terminal;

    SearchCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** A search's hits, and its facets when counted ({@code null}: not asked for), as text or as one JSON document. */
    static void print(Terminal terminal, boolean json, SearchResults results, Facets counted, String suggestion)
            throws java.io.IOException {
        if (json) {
            terminal.out.println(JsonOutput.results(results, counted, suggestion));
        } else {
            TextOutput text = new TextOutput(terminal);
            text.results(results, suggestion);
            if (counted != null) {
                text.facets(counted);
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        boolean onSolr = solr.given(index);
        SolrOption.refuse(onSolr && batch != null, "--batch");
        if (batch != null) {
            return batch();
        }
        if (words == null || words.isEmpty()) {
            throw new UsageException("Give a query, or --batch FILE with one query a line.");
        }
        int limit = this.limit == null ? Lede.DEFAULT_LIMIT : this.limit;
        if (limit < 0) {
            throw new UsageException("--limit must be 0 or more.");
        }
        if (offset < 0) {
            throw new UsageException("--offset must be 0 or more.");
        }
        Sort order = order();
        String export = format == null ? null : format.toLowerCase(java.util.Locale.ROOT);
        if (export != null && !export.equals("csv") && !export.equals("jsonl")) {
            throw new UsageException("--format must be csv or jsonl, not '" + format + "'.");
        }
        if (export != null && (json || facets)) {
            throw new UsageException("--format writes the matches alone; leave out " + (json ? "--json" : "--facets") + ".");
        }
        if (onSolr) {
            for (var unsupported : List.of(java.util.Map.entry("--feedback", feedback), java.util.Map.entry("--format", export != null))) {
                SolrOption.refuse(unsupported.getValue(), unsupported.getKey());
            }
            if ((long) offset + limit > Search.MAX_WINDOW) {
                throw new UsageException(String.format(java.util.Locale.ROOT,
                        "--offset and --limit add up to at most %,d; narrow the query to reach further.", Search.MAX_WINDOW));
            }
            SolrIndexes.search(terminal, solr, Search.of(String.join(" ", words)).sortedBy(order).page(offset, limit)
                    .withCopiesGrouped(!all), json, facets ? FACET_VALUES : 0);
            return ExitCode.OK;
        }
        Path path = index.ensure(terminal);
        String query = String.join(" ", words);
        try (Lede lede = Indexes.readOnly(path, true)) {
            if (export != null) {
                lede.forEachMatch(Search.of(query).sortedBy(order).withFeedback(feedback ? Feedback.DEFAULT : null), snippets,
                        ExportOutput.writer(export, snippets, terminal.out));
                terminal.out.flush(); // CSV rows end in CRLF, printed without println's flush
                return ExitCode.OK;
            }
            // No more hits than articles: Lucene sets aside room for as many as asked for.
            int size = lede.size();
            int shown = Math.min(limit, size);
            int from = Math.min(offset, size);
            if ((long) from + shown > Search.MAX_WINDOW) {
                throw new UsageException(String.format(java.util.Locale.ROOT,
                        "--offset and --limit add up to at most %,d; narrow the query to reach further.", Search.MAX_WINDOW));
            }
            SearchResults results = lede.search(Search.of(query).sortedBy(order).page(from, shown)
                    .withFeedback(feedback ? Feedback.DEFAULT : null).withCopiesGrouped(!all));
            Facets counted = facets ? lede.facets(query, FACET_VALUES) : null;
            // Only a query that matches little is looked at again (Lede.SUGGEST_BELOW).
            String suggestion = results.total() < Lede.SUGGEST_BELOW ? lede.suggest(query).orElse(null) : null;
            print(terminal, json, results, counted, suggestion);
        }
        return ExitCode.OK;
    }

    private Sort order() {
        return switch (sort.toLowerCase(java.util.Locale.ROOT)) {
            case "relevance" -> Sort.RELEVANCE;
            case "newest" -> Sort.NEWEST;
            case "oldest" -> Sort.OLDEST;
            default -> throw new UsageException("--sort must be relevance, newest or oldest, not '" + sort + "'.");
        };
    }

    /** {@code --batch FILE}: each query of the list in turn, one table; a bad query is one line on standard error. */
    private int batch() throws Exception {
        if (words != null && !words.isEmpty()) {
            throw new UsageException("--batch takes its queries from the file; leave out the query '" + String.join(" ", words) + "'.");
        }
        for (var given : List.of(java.util.Map.entry("--json", json), java.util.Map.entry("--facets", facets),
                java.util.Map.entry("--snippets", snippets), java.util.Map.entry("--offset", offset != 0))) {
            if (given.getValue()) {
                throw new UsageException("--batch writes one table of every query's best hits; leave out " + given.getKey() + ".");
            }
        }
        int perQuery = limit == null ? BATCH_LIMIT : limit;
        if (perQuery < 0 || perQuery > Search.MAX_WINDOW) {
            throw new UsageException(String.format(java.util.Locale.ROOT, "--limit must be 0 to %,d.", Search.MAX_WINDOW));
        }
        String table = format == null ? "text" : format.toLowerCase(java.util.Locale.ROOT);
        if (!table.equals("text") && !table.equals("csv") && !table.equals("jsonl")) {
            throw new UsageException("--format must be text, csv or jsonl, not '" + format + "'.");
        }
        Sort order = order();
        Path file = Path.of(batch);
        String named = batch.equals("-") ? "standard input" : batch;
        java.io.Reader list;
        try {
            list = batch.equals("-") ? new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)
                    : java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw UsageException.unreadable("query list", file, e);
        }
        Path path = index.ensure(terminal);
        int[] failed = {0};
        try (list; Lede lede = Indexes.readOnly(path, true)) {
            java.util.function.Consumer<dev.lede.BatchResult> rows = BatchOutput.writer(table, terminal.out);
            lede.searchBatch(BatchOutput.queries(list, file), Search.of("").sortedBy(order).page(0, Math.min(perQuery, lede.size()))
                    .withFeedback(feedback ? Feedback.DEFAULT : null), result -> {
                        if (result.failed()) {
                            terminal.out.flush(); // the rows so far first, so the line on standard error falls in place
                            terminal.problem(named + ":" + result.line() + ": " + result.problem());
                            failed[0]++;
                        } else {
                            rows.accept(result);
                        }
                    });
            terminal.out.flush(); // CSV rows end in CRLF, printed without println's flush
        }
        return failed[0] > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    /** --solr needs SolrCloud; an index with vectors, their model. */
    @Override
    public boolean needsOptionalParts() {
        return solr.wanted(index) || index.keepsVectors();
    }
}
