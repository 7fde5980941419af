package dev.lede.cli;

import dev.lede.Facets;
import dev.lede.Lede;
import dev.lede.SearchResults;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
                "                        date:[2024-01-01 TO 2024-03-31] for a range",
                "  cease*  Netanyahu~    prefixes and near spellings; AND, OR, NOT, ( )"})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for (several words form one query).")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = "--facets", description = "Also show the names (per type) and sources most common among all matches.")
    boolean facets;

    private static final int FACET_VALUES = 5;

    private final Terminal terminal;

    SearchCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new UsageException("--limit must be 0 or more.");
        }
        Path path = index.ensure(terminal);
        String query = String.join(" ", words);
        try (Lede lede = Lede.open(path)) {
            // No more hits than articles: Lucene sets aside room for as many as asked for.
            SearchResults results = lede.search(query, Math.min(limit, lede.size()));
            Facets counted = facets ? lede.facets(query, FACET_VALUES) : null;
            if (json) {
                terminal.out.println(JsonOutput.results(results, counted));
            } else {
                new TextOutput(terminal).results(results);
                if (counted != null) {
                    new TextOutput(terminal).facets(counted);
                }
            }
        }
        return ExitCode.OK;
    }
}
