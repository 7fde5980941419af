package dev.lede.internal.names;

import dev.lede.NameMentions;
import dev.lede.NamePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where names without known positions occur: each written form (the name and its aliases) found
 * as whole words in the title and body, left to right and the longest form first at each word,
 * never inside a mention already placed.
 * The rules decide names per run of capitalised words; this gives them back their runs.
 */
final class Positions {
    private Positions() {}

    /** {@code names} with positions for those that have none; {@code taken} are mentions already placed. */
    static List<NameMentions> locate(String title, String body, List<NameMentions> names, List<NamePosition> taken) {
        // Forms by their first word, longest first: one pass over the text tries only the forms a word can start.
        java.util.Map<String, List<Form>> byFirstWord = new java.util.HashMap<>();
        for (int n = 0; n < names.size(); n++) {
            NameMentions name = names.get(n);
            if (name.positions().isEmpty()) {
                add(byFirstWord, new Form(n, name.name().text()));
                for (String alias : name.aliases()) {
                    add(byFirstWord, new Form(n, alias));
                }
            }
        }
        List<List<NamePosition>> found = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            found.add(new ArrayList<>(names.get(n).positions()));
        }
        if (!byFirstWord.isEmpty()) {
            byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form form) -> form.text().length()).reversed()));
            place(title, true, byFirstWord, taken, found);
            place(body, false, byFirstWord, taken, found);
        }
        List<NameMentions> result = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            NameMentions name = names.get(n);
            List<NamePosition> positions = found.get(n);
            positions.sort(ORDER);
            result.add(new NameMentions(name.name(), name.count(), name.aliases(), positions));
        }
        return result;
    }

    private record Form(int name, String text) {}

    private static void add(java.util.Map<String, List<Form>> byFirstWord, Form form) {
        int end = wordEnd(form.text(), 0);
        if (end > 0) {
            byFirstWord.computeIfAbsent(form.text().substring(0, end), w -> new ArrayList<>()).add(form);
        }
    }

    /** Left to right, the longest form starting at each word that is a whole-word match outside {@code taken}. */
    private static void place(String text, boolean inTitle, java.util.Map<String, List<Form>> byFirstWord, List<NamePosition> taken,
            List<List<NamePosition>> found) {
        if (text == null || text.isEmpty()) {
            return;
        }
        boolean anyLowerCase = byFirstWord.keySet().stream().anyMatch(word -> Character.isLowerCase(word.charAt(0)));
        boolean[] used = new boolean[text.length()];
        for (NamePosition position : taken) {
            if (position.inTitle() == inTitle) {
                java.util.Arrays.fill(used, Math.min(position.start(), text.length()), Math.min(position.end(), text.length()), true);
            }
        }
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            // Most words start no form (lower case): skip them without making a string.
            List<Form> forms = Character.isLowerCase(text.charAt(i)) && !anyLowerCase ? null : byFirstWord.get(text.substring(i, end));
            int next = end;
            if (forms != null) {
                for (Form form : forms) {
                    int formEnd = i + form.text().length();
                    if (text.startsWith(form.text(), i) && wordAt(text, i, formEnd) && !anyUsed(used, i, formEnd)) {
                        java.util.Arrays.fill(used, i, formEnd, true);
                        found.get(form.name()).add(new NamePosition(inTitle, i, formEnd));
                        next = formEnd;
                        break;
                    }
                }
            }
            i = next;
        }
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** True when any of [from, to) is marked. */
    static boolean anyUsed(boolean[] used, int from, int to) {
        for (int k = from; k < to; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code position} shares a character with any of {@code sorted}: positions in {@link #ORDER} that do not
     * overlap each other (a tagger's names), searched by halves instead of one by one.
     */
    static boolean overlapsAny(NamePosition position, List<NamePosition> sorted) {
        int low = 0;
        int high = sorted.size();
        while (low < high) { // the first that ends after this one starts, in the same part
            int middle = (low + high) >>> 1;
            NamePosition other = sorted.get(middle);
            boolean before = other.inTitle() != position.inTitle() ? other.inTitle() : other.end() <= position.start();
            if (before) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < sorted.size() && sorted.get(low).inTitle() == position.inTitle() && sorted.get(low).start() < position.end();
    }

    /** Title first, then by offset. */
    static final Comparator<NamePosition> ORDER = Comparator.comparing((NamePosition p) -> !p.inTitle())
            .thenComparingInt(NamePosition::start);

    /** True when [start, end) is not part of a longer word. */
    private static boolean wordAt(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
