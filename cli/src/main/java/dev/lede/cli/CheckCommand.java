package dev.lede.cli;

import dev.lede.Lede;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lede check} */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify the whole index (Lucene's CheckIndex) and say what is wrong, if anything.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private final Terminal terminal;

    CheckCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        index.existing();
        List<String> problems;
        try (Lede lede = Lede.open(index.path())) {
            problems = lede.check();
        }
        if (json) {
            terminal.out.println(JsonOutput.write(JsonOutput.check(index.path(), problems)));
            return problems.isEmpty() ? ExitCode.OK : ExitCode.INDEX_PROBLEM;
        }
        if (problems.isEmpty()) {
            terminal.out.println("The index " + index.path() + " is sound.");
            return ExitCode.OK;
        }
        for (String problem : problems) {
            terminal.problem(index.path() + ": " + problem);
        }
        return ExitCode.INDEX_PROBLEM;
    }
}
