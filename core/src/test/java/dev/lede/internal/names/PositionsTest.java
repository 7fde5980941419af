package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.NamePosition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Finding whether a name overlaps a tagger's names by halves answers as checking each of them would. */
class PositionsTest {
    @Property(tries = 300)
    void overlapsAnyAgreesWithCheckingEveryPosition(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 6) Integer> gaps,
            @ForAll @IntRange(min = 0, max = 11) int titleNames,
            @ForAll boolean inTitle,
            @ForAll @IntRange(min = 0, max = 60) int start,
            @ForAll @IntRange(min = 1, max = 8) int length) {
        // Names of 1-4 characters with gaps between, the first titleNames in the title: sorted and not overlapping.
        List<NamePosition> tagged = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < gaps.size(); i++) {
            if (i == titleNames) {
                offset = 0;
            }
            int from = offset + gaps.get(i);
            int to = from + 1 + (gaps.get(i) + i) % 4;
            tagged.add(new NamePosition(i < titleNames, from, to));
            offset = to;
        }
        tagged.sort(Positions.ORDER);
        NamePosition name = new NamePosition(inTitle, start, start + length);
        boolean expected = tagged.stream().anyMatch(other -> other.inTitle() == name.inTitle()
                && other.start() < name.end() && name.start() < other.end());
        assertEquals(expected, Positions.overlapsAny(name, tagged), () -> name + " against " + tagged);
    }
}
