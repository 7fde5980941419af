package dev.lede.cli;

import dev.lede.IndexUnusableException;
import dev.lede.LedeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lede} command: index news articles and search them. */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Index news articles and search them.",
        subcommands = {IndexCommand.class, SearchCommand.class, NamesCommand.class, ParseCommand.class, StatsCommand.class,
                RemoveCommand.class, CheckCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success (a search without matches too)", "  1  internal error (a bug in lede; please report it)",
                "  2  usage error, invalid query, or an unusable topics, labels or model file", "  3  some inputs were bad and skipped; the rest was indexed",
                "  4  the index is missing, locked by another process, or not an index"})
public final class Main {
    /** Keeps Lucene's own log lines (vector module notices and the like) off the user's terminal. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        LUCENE_LOG.setLevel(Level.OFF);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Terminal terminal = Terminal.system(out, err);
        CommandLine cli = new CommandLine(new Main(), new Factory(terminal));
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, terminal));
        cli.setParameterExceptionHandler((e, args2) -> {
            terminal.problem(e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error unexpected) {
            return failure(unexpected instanceof Exception e ? e : new RuntimeException(unexpected), terminal);
        }
    }

    /** One place turns every failure into one sentence and an exit code. */
    private static int failure(Exception e, Terminal terminal) {
        if (e instanceof IndexUnusableException || e instanceof IndexMissingException) {
            terminal.problem(e.getMessage());
            return ExitCode.INDEX_PROBLEM;
        }
        if (e instanceof LedeException || e instanceof UsageException) {
            // An invalid query, a label, topics or model file that cannot be used as given.
            terminal.problem(e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof IOException io) {
            terminal.problem("could not read or write the index: " + io.getMessage());
            return ExitCode.INDEX_PROBLEM;
        }
        terminal.problem("internal error: " + e);
        if (System.getenv("LEDE_DEBUG") != null) {
            e.printStackTrace(terminal.err);
        } else {
            terminal.err.println("Set LEDE_DEBUG=1 to see the details, and please report this.");
        }
        return ExitCode.INTERNAL_ERROR;
    }

    /** Hands each command the terminal it writes to. */
    private record Factory(Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Terminal.class).newInstance(terminal);
            } catch (NoSuchMethodException noTerminal) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
