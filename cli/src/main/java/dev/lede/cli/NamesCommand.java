package dev.lede.cli;

import dev.lede.Facets;
import dev.lede.FacetCount;
import dev.lede.Lede;
import dev.lede.NameFinder;
import dev.lede.NameMentions;
import dev.lede.NamePosition;
import dev.lede.NameScores;
import dev.lede.NameType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede names}: the people, organisations and places in an article, in the index, or beside a name. */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Show the people, organisations and places lede finds.", "",
                "  lede names FILE|-                 the names in each article, with mentions",
                "  lede names --context FILE         each mention in the words around it",
                "  lede names --top [--type person]  the names in the most articles of the index",
                "  lede names --with \"Benny Gantz\"   names that appear in the same articles",
                "  lede names --eval testdata/names  precision and recall on labelled articles"})
final class NamesCommand implements Callable<Integer>, OptionalParts.User {
    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--top", description = "List the names that appear in the most articles of the index.")
        boolean top;

        @Option(names = "--with", paramLabel = "NAME", description = "List the names that appear most often in articles naming NAME.")
        String with;

        @Option(names = "--eval", paramLabel = "LABELS", description = "Score extraction against labelled articles (a .jsonl file or a directory, or a CoNLL-2003 file).")
        Path eval;
    }

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article files; - reads standard input.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "Only person, organization or place.")
    String type;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "How many names per type with --top and --with (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--context", description = "With article files: show each mention in the words around it.")
    boolean context;

    @Option(names = "--json", description = "Print JSON (for files, one object per article on each line).")
    boolean json;

    @Mixin
    IndexOption index;

    @Mixin
    FormatOption format;

    @Mixin
    NameModelOption nameModel;

    @Mixin
    SolrOption solr;

    /** The most names per type --top and --with list. */
    private static final int MAX_LIMIT = 100_000;

    private final Terminal terminal;

    NamesCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        NameFinder finder = nameModel.finder();
        NameType only = null;
        if (type != null) {
            only = NameType.fromLabel(type.equals("organisation") ? "organization" : type);
            if (only == null) {
                throw new UsageException("--type must be person, organization or place, not '" + type + "'.");
            }
        }
        boolean indexMode = mode.top || mode.with != null;
        if (context && (indexMode || mode.eval != null || json)) {
            throw new UsageException("--context shows mentions in article files; it goes with FILE and without --json.");
        }
        if ((indexMode || mode.eval != null) == !files.isEmpty()) {
            throw new UsageException("give article files, or one of --top, --with NAME, --eval LABELS.");
        }
        if (!indexMode && (index.index != null || solr.solr != null)) {
            throw new UsageException("--index and --solr go with --top or --with; article files and --eval labels are read "
                    + "as they are, not looked up in an index.");
        }
        if (indexMode && limit < 1) {
            throw new UsageException("-n (--limit) must be 1 or more, not " + limit + ".");
        }
        if (indexMode && limit > MAX_LIMIT) {
            // Lucene sets aside room for every value asked for, so a huge limit would only run out of memory.
            throw new UsageException("-n (--limit) must be at most " + String.format(Locale.ROOT, "%,d", MAX_LIMIT) + ".");
        }
        if (mode.eval != null) {
            return evaluate(finder);
        }
        if (indexMode) {
            return fromIndex(only);
        }
        return ofFiles(only, finder);
    }

    private int ofFiles(NameType only, NameFinder finder) throws Exception {
        return ArticleInputs.read(terminal, files, format.format, finder, (located, inFile) -> {
            List<NameMentions> names = finder.mentions(located.article().title(), located.article().body()).stream()
                    .filter(n -> only == null || n.name().type() == only).toList();
            if (json) {
                terminal.out.println(JsonOutput.mentions(located, names));
            } else {
                if (inFile > 1 || files.size() > 1) {
                    terminal.out.println(terminal.bold(located.location() + "  " + located.article().title()));
                }
                printMentions(names, located.article().title(), located.article().body());
            }
        });
    }

    private void printMentions(List<NameMentions> names, String title, String body) {
        if (names.isEmpty()) {
            terminal.out.println("  (no names found)");
        }
        for (NameType kind : NameType.values()) {
            List<NameMentions> ofKind = names.stream().filter(n -> n.name().type() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            terminal.out.println(heading(kind));
            for (NameMentions name : ofKind) {
                String aliases = name.aliases().isEmpty() ? "" : "  also: " + String.join(", ", name.aliases());
                terminal.out.println(String.format("  %-32s %3d%s", name.name().text(), name.count(), aliases));
                if (context) {
                    for (NamePosition position : name.positions()) {
                        terminal.out.println("      " + inContext(position, title, body));
                    }
                }
            }
        }
        terminal.out.println();
    }

    /** How many characters of text to show on each side of a mention. */
    private static final int CONTEXT = 40;

    /** "body: ...bankers in [Frankfurt] on Monday..." on one line. */
    static String inContext(NamePosition position, String title, String body) {
        String text = position.inTitle() ? title : body;
        int from = Math.max(0, position.start() - CONTEXT);
        int to = Math.min(text.length(), position.end() + CONTEXT);
        // Whole words only at the edges.
        while (from > 0 && from < position.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > position.end() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String line = (from > 0 ? "..." : "") + text.substring(from, position.start()) + "["
                + text.substring(position.start(), position.end()) + "]" + text.substring(position.end(), to) + (to < text.length() ? "..." : "");
        return (position.inTitle() ? "title: " : "body:  ") + line.replaceAll("\\s+", " ");
    }

    private int fromIndex(NameType only) throws Exception {
        if (solr.given(index)) {
            return print(SolrIndexes.names(solr, mode.with, limit), only);
        }
        index.ensure(terminal);
        try (Lede lede = Indexes.readOnly(index.path(), false)) {
            return print(mode.top ? lede.facets("*", limit) : lede.namesWith(mode.with, limit), only);
        }
    }

    private int print(Facets facets, NameType only) throws Exception {
        if (json) {
            terminal.out.println(JsonOutput.write(JsonOutput.facets(facets, only)));
            return ExitCode.OK;
        }
        if (mode.with != null) {
            if (facets.articles() == 0) {
                terminal.out.println("No article names \"" + mode.with + "\" (a name matches when it holds these words in order; try lede names --top).");
                return ExitCode.OK;
            }
            terminal.out.println(facets.articles() + " " + IndexCommand.plural((int) facets.articles(), "article")
                    + " name " + mode.with + ". Names that appear beside it:");
        } else {
            terminal.out.println("Names in the most articles, of " + facets.articles() + ":");
        }
        for (NameType kind : NameType.values()) {
            if (only != null && kind != only) {
                continue;
            }
            terminal.out.println(heading(kind));
            printCounts(facets.names().get(kind));
        }
        return ExitCode.OK;
    }

    void printCounts(List<FacetCount> counts) {
        if (counts.isEmpty()) {
            terminal.out.println("  (none)");
        }
        for (FacetCount count : counts) {
            terminal.out.println(String.format("  %-32s %4d", count.value(), count.articles()));
        }
    }

    private int evaluate(NameFinder finder) throws Exception {
        NameScores scores;
        try {
            scores = Lede.evaluateNames(mode.eval, finder);
        } catch (java.io.IOException unreadable) {
            throw UsageException.unreadable("name labels", mode.eval, unreadable);
        }
        if (json) {
            terminal.out.println(JsonOutput.write(JsonOutput.nameScores(mode.eval, scores)));
            return ExitCode.OK;
        }
        terminal.out.println("Names in " + scores.articles() + " labelled articles (" + mode.eval + "):");
        terminal.out.println();
        terminal.out.println("  type           precision  recall     F1   found  wrong  missed");
        for (NameType kind : NameType.values()) {
            terminal.out.println(row(kind.label(), scores.byType().get(kind)));
        }
        terminal.out.println(row("overall", scores.overall()));
        if (scores.mentionsOverall() != null) {
            terminal.out.println();
            terminal.out.println("Mentions (exact words and type, as conlleval; MISC labels ignored):");
            terminal.out.println();
            terminal.out.println("  type           precision  recall     F1   found  wrong  missed");
            for (NameType kind : NameType.values()) {
                terminal.out.println(row(kind.label(), scores.mentionsByType().get(kind)));
            }
            terminal.out.println(row("overall", scores.mentionsOverall()));
        }
        return ExitCode.OK;
    }

    private static String row(String label, NameScores.Counts counts) {
        return String.format(Locale.ROOT, "  %-13s  %9.3f  %6.3f  %5.3f  %6d  %5d  %6d", label, counts.precision(),
                counts.recall(), counts.f1(), counts.found(), counts.wrong(), counts.missed());
    }

    private String heading(NameType kind) {
        return terminal.bold(switch (kind) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organisations";
            case PLACE -> "Places";
        });
    }

    /** Documents among its files, or --solr. */
    @Override
    public boolean needsOptionalParts() {
        return ArticleInputs.mayNeedDocumentReader(files, format.format) || solr.wanted(index);
    }
}
