package dev.lede.cli;

import dev.lede.IndexUnusableException;
import dev.lede.LedeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lede} command: index news articles and search them. */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Index news articles and search them.",
        subcommands = {IndexCommand.class, SearchCommand.class, ShowCommand.class, SimilarCommand.class, NamesCommand.class, ParseCommand.class, StatsCommand.class,
                RemoveCommand.class, CheckCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success (a search without matches too)", "  1  internal error (a bug in lede; please report it)",
                "  2  usage error, invalid query, or unusable topics, qrels, labels or model", "  3  some inputs were bad and skipped (the rest indexed), a query of a --batch",
                "     list failed (the rest ran), or an id was not found",
                "  4  the index is missing, locked by another process, or not an index; or, with --solr,",
                "     the SolrCloud cannot be reached or the collection does not exist"})
public final class Main {
    /** Keeps Lucene's own log lines (vector module notices and the like) off the user's terminal. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    private Main() {}

    /**
     * Runs one lede command and exits with its code (0 success, 1 internal error, 2 usage, 3 bad inputs, 4 index).
     *
     * @param args the command and its options, as typed: {@code search "ceasefire hostages"}
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        LUCENE_LOG.setLevel(Level.OFF);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Terminal terminal = Terminal.system(out, err);
        CommandLine cli = commandLine(new CommandFactory(terminal), args);
        cli.setOut(out).setErr(err);
        cli.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed); // --help and --version need no optional part
            if (help != null) {
                return help;
            }
            List<URL> jars;
            if (command(parsed).commandSpec().userObject() instanceof OptionalParts.User user && !OptionalParts.loaded()
                    && user.needsOptionalParts() && !(jars = OptionalParts.allJars()).isEmpty()) {
                try {
                    return OptionalParts.runWithAll(jars, args);
                } catch (ReflectiveOperationException | IOException e) {
                    throw new CommandLine.ExecutionException(cli, "could not load lede's optional parts", e);
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, terminal, wantsJson(parseResult)));
        cli.setParameterExceptionHandler((e, given) -> {
            report(e.getMessage(), ExitCode.USAGE, terminal, wantsJson(given));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error unexpected) {
            return failure(unexpected, terminal, wantsJson(args));
        }
    }

    /**
     * lede's commands, or for a run of one command only that one: picocli reads the options of every command it is
     * given, which took a tenth of a second at each start.
     */
    static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        if (args.length > 0) {
            for (Class<?> type : Main.class.getAnnotation(Command.class).subcommands()) {
                Command command = type.getAnnotation(Command.class);
                if (command.name().equals(args[0]) && type != CommandLine.HelpCommand.class) {
                    CommandLine one = new CommandLine(CommandLine.Model.CommandSpec.create().name("lede"), factory);
                    return withVersions(one.addSubcommand(type));
                }
            }
        }
        return withVersions(new CommandLine(new Main(), factory));
    }

    /** So that {@code lede search --version} answers as {@code lede --version} does. */
    private static CommandLine withVersions(CommandLine cli) {
        cli.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(new Version()));
        return cli;
    }

    /** The command a run asked for: the last subcommand parsed. */
    private static CommandLine.ParseResult command(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        return command;
    }

    /** Whether the command that ran was asked for {@code --json}, so its failure is a JSON document too. */
    private static boolean wantsJson(CommandLine.ParseResult parsed) {
        return command(parsed).hasMatchedOption("--json");
    }

    /** For arguments picocli could not parse: {@code --json} among the options (before any {@code --}). */
    private static boolean wantsJson(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--json")) {
                return true;
            }
        }
        return false;
    }

    /** One place turns every failure into one sentence and an exit code. */
    private static int failure(Throwable e, Terminal terminal, boolean json) {
        if (e instanceof IndexUnusableException || e instanceof IndexMissingException) {
            return report(e.getMessage(), ExitCode.INDEX_PROBLEM, terminal, json);
        }
        if (e instanceof LedeException || e instanceof UsageException) {
            // An invalid query, a bad argument, or a topics, qrels, label or model file that cannot be used as given.
            return report(e.getMessage(), ExitCode.USAGE, terminal, json);
        }
        if (e instanceof IOException io) {
            // Commands turn problems with the files a user names into usage errors; what is left is the index's.
            return report("could not read or write the index: " + describe(io), ExitCode.INDEX_PROBLEM, terminal, json);
        }
        report("internal error: " + e, ExitCode.INTERNAL_ERROR, terminal, json);
        if (System.getenv("LEDE_DEBUG") != null) {
            e.printStackTrace(terminal.err);
        } else {
            terminal.err.println("Set LEDE_DEBUG=1 to see the details, and please report this.");
        }
        return ExitCode.INTERNAL_ERROR;
    }

    /** The sentence on standard error and, with {@code --json}, as {@code {"error":...}} on standard output. */
    private static int report(String message, int code, Terminal terminal, boolean json) {
        terminal.problem(message);
        if (json) {
            terminal.out.println(JsonOutput.error(message, code));
            terminal.out.flush();
        }
        return code;
    }

    /** What went wrong with a file, in plain words ({@code NoSuchFileException} says only the path). */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + (fs.getReason() == null ? "cannot be used" : fs.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
