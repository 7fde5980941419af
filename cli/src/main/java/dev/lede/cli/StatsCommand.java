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
final class StatsCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private final Terminal terminal;

    StatsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        index.existing();
        IndexStats stats;
        try (Lede lede = Indexes.readOnly(index.path(), false)) {
            stats = lede.stats(10);
        }
        String vectors = Lede.vectorModel(index.path()).orElse(null);
        if (json) {
            Map<String, Object> out = JsonOutput.stats(index.path(), stats, vectors);
            terminal.out.println(JsonOutput.write(out));
            return ExitCode.OK;
        }
        terminal.out.println("Index:     " + index.path());
        terminal.out.println("Articles:  " + stats.articles());
        terminal.out.println("On disk:   " + String.format(Locale.ROOT, "%.1f MB", stats.bytes() / 1e6));
        terminal.out.println("Published: " + (stats.firstPublished() == null ? "no dates"
                : stats.firstPublished() + " to " + stats.lastPublished()) + (stats.undated() > 0 ? " (" + stats.undated() + " undated)" : ""));
        terminal.out.println("Ranking:   " + (vectors == null ? "by words (BM25)"
                : "by words (BM25) fused with meaning (vectors of " + vectors + ")"));
        terminal.out.println("Sources:   " + (stats.sources().isEmpty() ? "(none)" : ""));
        for (FacetCount source : stats.sources()) {
            terminal.out.println(String.format("  %-30s %5d", source.value(), source.articles()));
        }
        return ExitCode.OK;
    }
}
