package dev.lede.cli;

/** The exit codes of the lede command; the README lists them. */
final class ExitCode {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;
    static final int INDEX_PROBLEM = 4;

    private ExitCode() {}
}
