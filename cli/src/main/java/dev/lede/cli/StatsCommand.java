package dev.lede.cli;

import dev.lede.FacetCount;
import dev.lede.IndexStats;
import dev.lede.Lede;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede stats} */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show what the index holds: articles, size, sources and dates.")
final class StatsCommand implements Callable<Integer>, OptionalParts.User {
    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private final Terminal terminal;

    StatsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Mixin
    SolrOption solr;

    @Override
    public Integer call() throws Exception {
        if (solr.given(index)) {
            SolrIndexes.stats(terminal, solr, json);
            return ExitCode.OK;
        }
        index.existing();
        IndexStats stats;
        try (Lede lede = Indexes.readOnly(index.path(), false)) {
            stats = lede.stats(10);
        }
        print(terminal, index.path().toString(), stats, Lede.vectorModel(index.path()).orElse(null), json);
        return ExitCode.OK;
    }

    /** @param vectors the model of an index that keeps vectors, else null */
    static void print(Terminal terminal, String where, IndexStats stats, String vectors, boolean json) throws Exception {
        if (json) {
            Map<String, Object> out = JsonOutput.stats(where, stats, vectors);
            terminal.out.println(JsonOutput.write(out));
            return;
        }
        terminal.out.println("Index:     " + where);
        terminal.out.println("Articles:  " + stats.articles());
        // A SolrCloud collection's size is its nodes' to tell (bytes < 0).
        terminal.out.println("On disk:   " + (stats.bytes() < 0 ? "on the SolrCloud nodes"
                : String.format(Locale.ROOT, "%.1f MB", stats.bytes() / 1e6)));
        terminal.out.println("Published: " + (stats.firstPublished() == null ? "no dates"
                : stats.firstPublished() + " to " + stats.lastPublished()) + (stats.undated() > 0 ? " (" + stats.undated() + " undated)" : ""));
        terminal.out.println("Ranking:   " + (vectors == null ? "by words (DFR)"
                : "by words (DFR) fused with meaning (vectors of " + vectors + ")"));
        terminal.out.println("Sources:   " + (stats.sources().isEmpty() ? "(none)" : ""));
        for (FacetCount source : stats.sources()) {
            terminal.out.println(String.format("  %-30s %5d", source.value(), source.articles()));
        }
    }

    /** --solr needs SolrCloud. */
    @Override
    public boolean needsOptionalParts() {
        return solr.wanted(index);
    }
}
