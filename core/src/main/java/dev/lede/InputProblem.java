package dev.lede;

/**
 * An input lede could not read as given, and why. Either it was skipped (the rest of the input is
 * still read), or it was read anyway in a way the user should know about (text that was not valid
 * UTF-8, read as Windows-1252).
 *
 * @param location the file, with {@code :line} for line-based formats ({@code news.jsonl:17})
 * @param reason one plain sentence ("not valid JSON: unexpected end of input")
 * @param skipped whether the input was left out; false when it was read and only this notice remains
 */
public record InputProblem(String location, String reason, boolean skipped) {
    /**
     * An input that was skipped.
     *
     * @param location the file, with {@code :line} for line-based formats
     * @param reason one plain sentence
     */
    public InputProblem(String location, String reason) {
        this(location, reason, true);
    }

    /**
     * {@return an input that was read, with a notice about how}
     *
     * @param location the file, with {@code :line} for line-based formats
     * @param reason one plain sentence ("not valid UTF-8; read as Windows-1252")
     */
    public static InputProblem notice(String location, String reason) {
        return new InputProblem(location, reason, false);
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
