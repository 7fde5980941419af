package dev.lede;

/** The input formats lede reads. Any of them may be gzip-compressed. */
public enum InputFormat {
    /** Told by the file's extension, else by its first characters. */
    AUTO,
    /** Text saved from a news page: headline, paragraphs, {@code Link from ...}. */
    TEXT,
    /** One JSON object per line, one article per object. */
    JSON_LINES,
    /** A saved HTML news page. */
    HTML
}
