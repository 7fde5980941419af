package dev.lede.cli;

import dev.lede.Article;
import dev.lede.Copy;
import dev.lede.Lede;
import dev.lede.Origin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede show ID} */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print one whole article by the id lede search shows.",
                "Headline, source, date, author, link, the file it was indexed from, names, its copies",
                "(the same text on other sites or re-posted with small edits) and text."})
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The article's id.")
    String id;

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    private final Terminal terminal;

    ShowCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Path path = index.ensure(terminal);
        Optional<Article> article;
        Optional<Origin> origin;
        List<Copy> copies;
        try (Lede lede = Indexes.readOnly(path, false)) {
            article = lede.get(id);
            origin = article.isPresent() ? lede.origin(id) : Optional.empty();
            copies = article.isPresent() ? lede.copies(id) : List.of();
        }
        if (article.isEmpty()) {
            return unknownId(terminal, id, path, json);
        }
        if (json) {
            terminal.out.println(JsonOutput.article(article.get(), origin.orElse(null), copies));
        } else {
            new TextOutput(terminal).article(article.get(), origin.orElse(null), copies);
        }
        return ExitCode.OK;
    }

    /** An id the index does not hold: one sentence (and, with {@code --json}, the error document), and its exit code. */
    static int unknownId(Terminal terminal, String id, Path path, boolean json) {
        // The exit code lede remove gives for an id it does not find: a bad input.
        String message = "There is no article with id " + id.replaceAll("\\p{Cntrl}+", " ") + " in the index " + path + ".";
        terminal.problem(message);
        if (json) {
            terminal.out.println(JsonOutput.error(message, ExitCode.BAD_INPUT));
        }
        return ExitCode.BAD_INPUT;
    }
}
