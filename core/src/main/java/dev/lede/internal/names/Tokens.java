package dev.lede.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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


    private static final Pattern ATTRIBUTIVE = Pattern.compile(
            "(\\p{Lu}.*?)-(?:based|linked|born|owned|led|backed|bound|headquartered|registered|listed|made|run)");

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Dr", "Mr", "Mrs", "Ms", "Sen", "Rep", "Gen", "Col", "Capt", "Sgt", "Prof", "St", "Lt", "Jr", "Sr",
            "Gov", "Mt", "No", "Cmdr", "Maj", "Rev", "Hon", "Inc", "Ltd", "Co", "Corp", "vs");

    private Tokens() {}

    /** A word written in capitals, in title case: "TEL AVIV" as "Tel Aviv", "AL-AHRAM" as "Al-Ahram". */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** The word as it would be written in running text: one in capitals and longer than an acronym ("BLAIR") in title case. */
    static String uncapitalized(String word) {
        return word.length() > 3 && !hasLowerCase(word) && word.equals(word.toUpperCase(Locale.ROOT)) ? titleCase(word) : word;
    }

    /** True when a character of {@code word} would change in capitals (checked without copying the word). */
    private static boolean hasLowerCase(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.toUpperCase(c) != c) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The words of {@code text}. A hand-written scanner: the regular expression it replaced took most of the time. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        boolean sentenceStart = true;
        int start = nextWord(text, 0);
        while (start < text.length()) {
            int end = wordEnd(text, start);
            // What lies between the previous word and this one: punctuation ends a name, some of it a sentence.
            boolean blank = true;
            boolean newline = false;
            boolean sentenceEnd = false;
            for (int i = at; i < start; i++) {
                char c = text.charAt(i);
                blank &= Character.isWhitespace(c);
                newline |= c == '\n';
                sentenceEnd |= c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
            }
            if (!tokens.isEmpty() && (!blank || newline)) {
                markBoundary(tokens);
            }
            if (sentenceEnd || newline) {
                sentenceStart = true;
            }
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            boolean opensQuote = before == '"' || before == '“' || before == '‘';
            String raw = text.substring(start, end);
            at = end;
            boolean possessive = raw.endsWith("'s") || raw.endsWith("’s") || raw.endsWith("'S") || raw.endsWith("’S");
            if (possessive) {
                raw = raw.substring(0, raw.length() - 2);
            }
            // "Dr." and initials ("Elena M. Vasquez") keep their full stop, which then ends no sentence.
            if (at < text.length() && text.charAt(at) == '.'
                    && (ABBREVIATIONS.contains(raw) || (raw.length() == 1 && Character.isUpperCase(raw.charAt(0))))) {
                raw = raw + ".";
                at++;
            }
            // "Milan-based", "CoinHarbor-linked": the name before the hyphen stands alone.
            boolean alone = false;
            if (raw.indexOf('-') > 0) {
                Matcher attributive = ATTRIBUTIVE.matcher(raw);
                if (attributive.matches()) {
                    raw = attributive.group(1);
                    alone = true;
                }
            }
            tokens.add(new Token(raw, sentenceStart || opensQuote, possessive || alone));
            sentenceStart = false;
            start = nextWord(text, at);
        }
        return tokens;
    }

    /** Where the next word starts at or after {@code from}: a letter or a digit; the text's length if none. */
    private static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) || Character.isDigit(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return text.length();
    }

    /**
     * The end of the word at {@code start}: dotted abbreviations ("U.S."), words with inner hyphens or
     * apostrophes ("O'Brien", "al-Sisi", "Blinken’s"), or numbers ("2,500.5").
     */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int dotted = start;
        while (dotted + 1 < n && Character.isUpperCase(text.charAt(dotted)) && text.charAt(dotted + 1) == '.') {
            dotted += 2;
        }
        if (dotted - start >= 4) {
            return dotted;
        }
        int first = text.codePointAt(start);
        int i = start + Character.charCount(first);
        if (!Character.isLetter(first)) {
            while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == ',')) {
                i++;
            }
            return i;
        }
        i = wordChars(text, i);
        while (i + 1 < n && isJoiner(text.charAt(i)) && isWordChar(text.codePointAt(i + 1))) {
            i = wordChars(text, i + 1);
        }
        return i;
    }

    private static int wordChars(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    private static void markBoundary(List<Token> tokens) {
        Token last = tokens.get(tokens.size() - 1);
        if (!last.boundaryAfter()) {
            tokens.set(tokens.size() - 1, new Token(last.text(), last.sentenceStart(), true));
        }
    }

}
