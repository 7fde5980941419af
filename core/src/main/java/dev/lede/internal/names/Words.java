package dev.lede.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words the way the CoNLL-2003 news was split (the model learnt from it): punctuation
 * apart, possessives apart ("Blair 's"), abbreviations and initials keep their full stop ("U.S.", "J."),
 * inner hyphens, full stops and commas stay ("Al-Ahram", "1,000.5").
 */
final class Words {
    /** A word at [start, end) of the text; {@code sentenceEnd} when a sentence ends after it. */
    record Word(String text, int start, int end, boolean sentenceEnd) {}

    private static final String OPENING = "\"'([{“‘«";
    private static final String CLOSING = ",;:!?\"')]}”’»";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Dr", "Mr", "Mrs", "Ms", "Sen", "Rep", "Gen", "Col", "Capt", "Sgt", "Prof", "St", "Lt", "Jr", "Sr",
            "Gov", "Mt", "No", "Cmdr", "Maj", "Rev", "Hon", "Inc", "Ltd", "Co", "Corp", "vs", "Bros", "Messrs",
            // American states and months as news agencies shorten them ("San Jose, Calif.", "Sept. 11")
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
            "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
            "Wash", "Wis", "Wyo", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec");

    private static final Set<String> COMPANY_ENDINGS = Set.of("Inc", "Ltd", "Co", "Corp", "Bros");

    private Words() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' && !words.isEmpty()) {
                    endSentence(words);
                }
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            chunk(text, i, end, words);
            i = end;
        }
        return words;
    }

    private static void endSentence(List<Word> words) {
        Word last = words.get(words.size() - 1);
        if (!last.sentenceEnd()) {
            words.set(words.size() - 1, new Word(last.text(), last.start(), last.end(), true));
        }
    }

    /** One run of non-blank characters: opening marks, the word, its possessive, closing marks. */
    private static void chunk(String text, int from, int to, List<Word> words) {
        while (from < to && OPENING.indexOf(text.charAt(from)) >= 0) {
            words.add(new Word(plain(text.substring(from, from + 1)), from, from + 1, false));
            from++;
        }
        List<Word> closing = new ArrayList<>();
        boolean ends = false;
        while (to > from) {
            char c = text.charAt(to - 1);
            if (CLOSING.indexOf(c) >= 0) {
                ends |= c == '!' || c == '?';
                closing.add(0, new Word(plain(String.valueOf(c)), to - 1, to, false));
                to--;
            } else if (c == '.' && !keepsStop(text, from, to)) {
                int dots = to;
                while (dots > from && text.charAt(dots - 1) == '.') {
                    dots--;
                }
                closing.add(0, new Word(text.substring(dots, to), dots, to, false));
                ends = true;
                to = dots;
            } else {
                break;
            }
        }
        if (to > from) {
            int split = possessive(text, from, to);
            words.add(new Word(plain(text.substring(from, split)), from, split, false));
            if (split < to) {
                words.add(new Word(plain(text.substring(split, to)), split, to, false));
            }
        }
        words.addAll(closing);
        if (ends && !words.isEmpty()) {
            endSentence(words);
        }
    }

    /** Typographic quotes as the news agencies' plain ones, which the model learnt from: "Milan’s" is "Milan 's". */
    private static String plain(String word) {
        return word.indexOf('’') < 0 && word.indexOf('‘') < 0 ? word : word.replace('’', '\'').replace('‘', '\'');
    }

    /**
     * "U.S.", "J.", "Dr.": the full stop belongs to the word; but a company's "Corp." ending a paragraph is
     * "Corp" and the stop that ends the sentence, as news agencies write it ("IBM Corp said").
     */
    private static boolean keepsStop(String text, int from, int to) {
        String word = text.substring(from, to - 1);
        if (word.isEmpty() || word.endsWith(".")) {
            return false;
        }
        if (COMPANY_ENDINGS.contains(word) && (to == text.length() || text.charAt(to) == '\n' || text.charAt(to) == '\r')) {
            return false;
        }
        return word.indexOf('.') >= 0 || (word.length() == 1 && Character.isLetter(word.charAt(0)))
                || ABBREVIATIONS.contains(word);
    }

    /** Where a possessive "'s" (or "n't") starts in the word, else its end. */
    private static int possessive(String text, int from, int to) {
        if (to - from > 2) {
            char q = text.charAt(to - 2);
            char s = text.charAt(to - 1);
            if ((q == '\'' || q == '’') && (s == 's' || s == 'S')) {
                return to - 2;
            }
        }
        if (to - from > 3 && text.regionMatches(true, to - 3, "n't", 0, 3)) {
            return to - 3;
        }
        return to;
    }
}
