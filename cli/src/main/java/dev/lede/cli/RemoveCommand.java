package dev.lede.cli;

import dev.lede.Lede;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lede remove ID...} */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Delete articles from the index by id (as lede search and lede parse show them).")
final class RemoveCommand implements Callable<Integer>, OptionalParts.User {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids.")
    List<String> ids;

    @Mixin
    IndexOption index;

    private final Terminal terminal;

    RemoveCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        index.existing();
        int removed = 0;
        try (Lede lede = Indexes.builder(index.path(), false).open()) {
            for (String id : ids) {
                if (lede.remove(id)) {
                    removed++;
                } else {
                    terminal.problem("no article with id " + id + " in " + index.path());
                }
            }
        }
        terminal.out.println("Removed " + removed + " " + IndexCommand.plural(removed, "article") + " from " + index.path() + ".");
        return removed == ids.size() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    /** An index with vectors is opened with their model. */
    @Override
    public boolean needsOptionalParts() {
        return index.keepsVectors();
    }
}
