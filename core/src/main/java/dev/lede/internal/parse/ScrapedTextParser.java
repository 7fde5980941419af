package dev.lede.internal.parse;

import dev.lede.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article saved from a news page as plain text: a title line (which such pages often
 * repeat), paragraphs separated by blank lines, a {@code Link from <site or url>} line, and page
 * furniture ("Exit mobile version", share buttons) that is not part of the article.
 */
public final class ScrapedTextParser {
    private static final Pattern LINK_LINE =
            Pattern.compile("(?i)^(?:link from|source|original(?:ly published)? at|read more at)\\s*:?\\s+(\\S+)$");

    /** Lines that scraped pages carry around the article; compared lower-case. */
    private static final Set<String> BOILERPLATE = Set.of(
            "exit mobile version", "skip to content", "skip to main content", "share this:", "share this",
            "share", "like this:", "loading...", "advertisement", "related", "related posts", "related articles",
            "subscribe", "subscribe now", "sign up", "newsletter", "menu", "search", "print", "comments",
            "leave a comment", "leave a reply", "continue reading", "read more", "click to share on twitter",
            "click to share on facebook", "back to top", "cookie settings", "accept all cookies");

    private static final int MAX_TITLE_CHARS = 300;

    private ScrapedTextParser() {}

    /** The article in {@code text}, or {@code null} when it holds no article text. Never throws. */
    public static Article parse(String text) {
        List<String> blocks = blocks(TextCleaning.normalizeNewlines(TextCleaning.stripBom(text)));
        String link = "";
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            Matcher linkLine = LINK_LINE.matcher(block);
            if (link.isEmpty() && linkLine.matches()) {
                link = linkLine.group(1);
            } else if (!isBoilerplate(block)) {
                kept.add(block);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        String title = looksLikeTitle(kept.get(0)) ? kept.remove(0) : "";
        // Pages repeat the headline above the text; keep it once.
        kept.removeIf(block -> !title.isEmpty() && block.equalsIgnoreCase(title));
        return Article.of(title, String.join("\n\n", kept), link);
    }

    /** Whether a line is page furniture rather than article text. */
    static boolean isBoilerplate(String line) {
        return BOILERPLATE.contains(line.toLowerCase(Locale.ROOT));
    }

    /** Paragraphs: runs of non-blank lines, each run joined into one line. */
    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String clean = TextCleaning.collapseSpaces(line);
            if (clean.isEmpty()) {
                flush(current, blocks);
            } else {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(clean);
            }
        }
        flush(current, blocks);
        return blocks;
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        if (!current.isEmpty()) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }

    /** A headline is short and does not read like a sentence of the text. */
    private static boolean looksLikeTitle(String block) {
        if (block.length() > MAX_TITLE_CHARS) {
            return false;
        }
        char last = block.charAt(block.length() - 1);
        return !(last == '.' && block.split(" ").length > 12);
    }
}
