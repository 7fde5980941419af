package dev.lede.internal.names;

import dev.lede.NameMentions;
import dev.lede.NamePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where names without known positions occur: each written form (the name and its aliases) found
 * as whole words in the title and body, longest forms first, never inside a mention already placed.
 * The rules decide names per run of capitalised words; this gives them back their runs.
 */
final class Positions {
    private Positions() {}

    /** {@code names} with positions for those that have none; {@code taken} are mentions already placed. */
    static List<NameMentions> locate(String title, String body, List<NameMentions> names, List<NamePosition> taken) {
        record Form(int name, String text) {}
        List<Form> forms = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            NameMentions name = names.get(n);
            if (name.positions().isEmpty()) {
                forms.add(new Form(n, name.name().text()));
                for (String alias : name.aliases()) {
                    forms.add(new Form(n, alias));
                }
            }
        }
        forms.sort(Comparator.comparingInt((Form form) -> form.text().length()).reversed());
        List<NamePosition> placed = new ArrayList<>(taken);
        List<List<NamePosition>> found = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            found.add(new ArrayList<>(names.get(n).positions()));
        }
        for (Form form : forms) {
            if (form.text().isEmpty()) {
                continue;
            }
            for (boolean inTitle : new boolean[] {true, false}) {
                String text = inTitle ? title : body;
                if (text == null) {
                    continue;
                }
                int from = 0;
                int at;
                while ((at = text.indexOf(form.text(), from)) >= 0) {
                    int end = at + form.text().length();
                    from = at + 1;
                    NamePosition position = new NamePosition(inTitle, at, end);
                    if (wordAt(text, at, end) && placed.stream().noneMatch(p -> overlaps(p, position))) {
                        placed.add(position);
                        found.get(form.name()).add(position);
                    }
                }
            }
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

    /** Title first, then by offset. */
    static final Comparator<NamePosition> ORDER = Comparator.comparing((NamePosition p) -> !p.inTitle())
            .thenComparingInt(NamePosition::start);

    static boolean overlaps(NamePosition a, NamePosition b) {
        return a.inTitle() == b.inTitle() && a.start() < b.end() && b.start() < a.end();
    }

    /** True when [start, end) is not part of a longer word. */
    private static boolean wordAt(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
