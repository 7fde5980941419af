package dev.lede.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Makes lede's commands, handing each the terminal it writes to. Public, with a constructor without arguments,
 * for the tools that read the command-line model at build time (picocli's shell-completion and man-page
 * generators make their factory from its class name); their commands write nowhere and are never run.
 */
public final class CommandFactory implements CommandLine.IFactory {
    private final Terminal terminal;

    /** A factory whose commands would write nowhere. */
    public CommandFactory() {
        this(new Terminal(new PrintWriter(OutputStream.nullOutputStream()), new PrintWriter(OutputStream.nullOutputStream()),
                false, false));
    }

    CommandFactory(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(Terminal.class).newInstance(terminal);
        } catch (NoSuchMethodException noTerminal) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
