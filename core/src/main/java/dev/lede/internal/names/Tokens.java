package dev.lede.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words and the punctuation between them, noting where sentences start. */
final class Tokens {
    /**
     * One word. {@code text} is the word without a possessive ending; {@code boundaryAfter} is true
     * when punctuation (or a possessive) separates it from the next word, so no name runs across.
     */
    record Token(String text, boolean sentenceStart, boolean boundaryAfter) {
        boolean capitalized() {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }
    }

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                        // U.S., U.K.
            + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*"  // words, O'Brien, al-Sisi
            + "|\\p{N}[\\p{N}.,]*");

    private static final Pattern ATTRIBUTIVE = Pattern.compile(
            "(\\p{Lu}.*?)-(?:based|linked|born|owned|led|backed|bound|headquartered|registered|listed|made|run)");

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Dr", "Mr", "Mrs", "Ms", "Sen", "Rep", "Gen", "Col", "Capt", "Sgt", "Prof", "St", "Lt", "Jr", "Sr",
            "Gov", "Mt", "No", "Cmdr", "Maj", "Rev", "Hon", "Inc", "Ltd", "Co", "Corp", "vs");

    private Tokens() {}

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int at = 0;
        boolean sentenceStart = true;
        while (word.find()) {
            String between = text.substring(at, word.start());
            if (!tokens.isEmpty() && (!between.isBlank() || between.indexOf('\n') >= 0)) {
                markBoundary(tokens);
            }
            if (endsSentence(between) || between.contains("\n")) {
                sentenceStart = true;
            }
            String raw = word.group();
            at = word.end();
            boolean possessive = false;
            String lower = raw.toLowerCase();
            if (lower.endsWith("'s") || lower.endsWith("’s")) {
                raw = raw.substring(0, raw.length() - 2);
                possessive = true;
            }
            // "Dr." and initials ("Elena M. Vasquez") keep their full stop, which then ends no sentence.
            if (at < text.length() && text.charAt(at) == '.'
                    && (ABBREVIATIONS.contains(raw) || (raw.length() == 1 && Character.isUpperCase(raw.charAt(0))))) {
                raw = raw + ".";
                at++;
            }
            boolean opensQuote = between.endsWith("\"") || between.endsWith("“") || between.endsWith("‘");
            // "Milan-based", "CoinHarbor-linked": the name before the hyphen stands alone.
            Matcher attributive = ATTRIBUTIVE.matcher(raw);
            boolean alone = attributive.matches();
            tokens.add(new Token(alone ? attributive.group(1) : raw, sentenceStart || opensQuote, possessive || alone));
            sentenceStart = false;
        }
        return tokens;
    }

    private static void markBoundary(List<Token> tokens) {
        Token last = tokens.get(tokens.size() - 1);
        if (!last.boundaryAfter()) {
            tokens.set(tokens.size() - 1, new Token(last.text(), last.sentenceStart(), true));
        }
    }

    private static boolean endsSentence(String between) {
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                return true;
            }
        }
        return false;
    }
}
