package dev.lede;

import java.util.Locale;
import java.util.Optional;

/** The input formats lede reads. Any of them may be gzip-compressed. */
public enum InputFormat {
    /** Told by the file's extension, else by its first characters. */
    AUTO,
    /** Text saved from a news page: headline, paragraphs, {@code Link from ...}. */
    TEXT,
    /** One JSON object per line, one article per object. */
    JSON_LINES,
    /** A saved HTML news page. */
    HTML;

    /**
     * The format a file's name tells by its extension, after any {@code .gz}: {@code .jsonl} and {@code .ndjson} JSON
     * Lines, {@code .html} and {@code .htm} HTML, {@code .txt} and {@code .text} text. Empty for any other name: then
     * a {@link DocumentReader} that reads such files, or else the file's first characters, decide.
     *
     * @param fileName a file's name, any case ({@code story.jsonl.gz})
     * @return the format, or empty when the name does not tell one
     */
    public static Optional<InputFormat> ofName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }
}
