package dev.lede.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi;

/** Where output goes and whether it may use colour. */
final class Terminal {
    final PrintWriter out;
    final PrintWriter err;
    final boolean color;
    final boolean interactive;

    Terminal(PrintWriter out, PrintWriter err, boolean color, boolean interactive) {
        this.out = out;
        this.err = err;
        this.color = color;
        this.interactive = interactive;
    }

    static Terminal system(PrintWriter out, PrintWriter err) {
        boolean console = isTerminal(System.console());
        boolean color = console && System.getenv("NO_COLOR") == null && Ansi.AUTO.enabled();
        return new Terminal(out, err, color, console);
    }

    /** Since Java 22 a console exists even when output is piped; {@code isTerminal()} tells them apart. */
    private static boolean isTerminal(java.io.Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }

    /** The same terminal with standard output discarded, for work whose summary nobody asked for. */
    Terminal quietOut() {
        return new Terminal(new PrintWriter(java.io.OutputStream.nullOutputStream()), err, color, interactive);
    }

    String bold(String text) {
        return color ? "\u001B[1m" + text + "\u001B[0m" : text;
    }

    String highlight(String text) {
        return color ? "\u001B[1;33m" + text + "\u001B[0m" : text;
    }

    String dim(String text) {
        return color ? "\u001B[2m" + text + "\u001B[0m" : text;
    }

    /** Terminal width, for wrapping; 100 when unknown. */
    int width() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return Math.max(40, Math.min(columns, 160));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** One line about a problem, on standard error. */
    void problem(String message) {
        err.println("lede: " + message);
        err.flush();
    }
}
