package dev.lede;

/**
 * An input that could not be read as an article, and why. The rest of the input is still read.
 *
 * @param location the file, with {@code :line} for line-based formats ({@code news.jsonl:17})
 * @param reason one plain sentence ("not valid JSON: unexpected end of input")
 */
public record InputProblem(String location, String reason) {
    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
