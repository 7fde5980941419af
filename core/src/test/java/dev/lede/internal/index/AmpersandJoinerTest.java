package dev.lede.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The joiner changes exactly what the pattern "an ampersand between letters" finds in text of the basic plane,
 * whatever the reads' sizes.
 */
class AmpersandJoinerTest {
    private static final Pattern BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})&(?=\\p{L})");

    @Test
    void joinsAmpersandsBetweenLettersOnly() throws IOException {
        assertEquals("AT_T and S_P, R&&D, 3&4, & alone, Ω_Ж", read("AT&T and S&P, R&&D, 3&4, & alone, Ω&Ж", 4096));
        // A letter outside the basic plane is a letter (Java's look-behind sees only its second half).
        assertEquals("\uD835\uDC00_A \uD835&A", read("\uD835\uDC00&A \uD835&A", 3));
    }

    @Property(tries = 3000)
    void changesWhatThePatternFinds(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 9) int chunk)
            throws IOException {
        assertEquals(BETWEEN_LETTERS.matcher(text).replaceAll("_"), read(text, chunk));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("&", "A", "t", "é", "Ж", "1", " ", ".", "_", "&&", "\n");
        return Arbitraries.oneOf(piece.list().ofMaxSize(40).map(p -> String.join("", p)),
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(3000)
                        .map(s -> s.replace('x', '&')));
    }

    private static String read(String text, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        try (AmpersandJoiner joiner = new AmpersandJoiner(new StringReader(text))) {
            char[] buffer = new char[chunk];
            int n;
            while ((n = joiner.read(buffer, 0, chunk)) != -1) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }
}
