package dev.lede.cli;

import dev.lede.Article;
import dev.lede.Lede;
import dev.lede.SearchResults;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede similar ID} */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"List the articles most like one: the same story first, then its topic.",
                "By the id lede search shows. The search is made of the article's most telling words",
                "in its headline, text and names; the article itself and its copies (near-copies too)",
                "are left out."})
final class SimilarCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The article's id.")
    String id;

    @Mixin
    IndexOption index;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Show at most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    private final Terminal terminal;

    SimilarCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new UsageException("--limit must be 0 or more.");
        }
        Path path = index.ensure(terminal);
        Optional<Article> article;
        Optional<SearchResults> similar;
        try (Lede lede = Indexes.readOnly(path, false)) {
            article = lede.get(id);
            similar = article.isPresent() ? lede.similar(id, Math.min(limit, lede.size())) : Optional.empty();
        }
        if (similar.isEmpty()) {
            return ShowCommand.unknownId(terminal, id, path, json);
        }
        if (json) {
            terminal.out.println(JsonOutput.similar(article.get(), similar.get()));
        } else {
            new TextOutput(terminal).similar(article.get(), similar.get());
        }
        return ExitCode.OK;
    }
}
