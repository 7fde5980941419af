package dev.lede.cli;

import dev.lede.Article;
import dev.lede.ParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede parse PATH...}: what lede reads from each input, without indexing it. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Show what lede reads from each input, without indexing it.",
                "For each article: headline, source link, date, id, names and text."})
final class ParseCommand implements Callable<Integer>, OptionalParts.User {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories; - reads standard input.")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object per article (JSON Lines).")
    boolean json;

    @Mixin
    FormatOption format;

    @Mixin
    NameModelOption nameModel;

    private final Terminal terminal;

    ParseCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        return ArticleInputs.read(terminal, paths, format.format, nameModel.finder(), (located, inFile) -> {
            if (json) {
                terminal.out.println(JsonOutput.parsed(located));
            } else {
                print(located);
            }
        });
    }

    private void print(ParseResult.Located located) {
        Article article = located.article();
        terminal.out.println(terminal.bold(located.location()));
        terminal.out.println("  title:  " + (article.title().isEmpty() ? "(none)" : article.title()));
        terminal.out.println("  link:   " + (article.link().isEmpty() ? "(none)" : article.link() + "  (source " + article.source() + ")"));
        terminal.out.println("  date:   " + article.publishedDate().map(Object::toString).orElse("(unknown)"));
        terminal.out.println("  author: " + (article.author().isEmpty() ? "(unknown)" : article.author()));
        terminal.out.println("  id:     " + article.id());
        terminal.out.println("  names:  " + (article.names().isEmpty() ? "(none)"
                : article.names().stream().map(Object::toString).collect(Collectors.joining(", "))));
        String[] paragraphs = article.body().split("\n\n");
        terminal.out.println("  body:   " + paragraphs.length + " " + IndexCommand.plural(paragraphs.length, "paragraph") + ", "
                + article.body().length() + " characters");
        for (String paragraph : paragraphs) {
            terminal.out.println("          " + paragraph);
        }
        terminal.out.println();
    }

    /** Documents among its files. */
    @Override
    public boolean needsOptionalParts() {
        return ArticleInputs.mayNeedDocumentReader(paths, format.format);
    }
}
