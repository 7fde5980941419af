package dev.lede.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Near-copies share a signature's band and most of its values; unrelated texts do not. */
class CopySignatureTest {
    private static final String WIRE = """
            CAIRO, Feb 13 (Meridian Wire) - Negotiators from four countries met in Cairo on Tuesday for a new round of \
            talks aimed at pausing the war and securing the release of hostages, according to officials briefed on the \
            meetings. The delegations discussed a six-week pause, the exchange of prisoners and the return of displaced \
            families to the north. Officials said the gaps remained wide but that the mood was better than at the last \
            round, and a further meeting was planned for next week in Doha. Aid agencies warned that the lack of food \
            and clean water was now the gravest in months, and called for more crossings to be opened at once.""";

    @Test
    void aWireStoryWithItsDatelineChangedAndASentenceAddedIsACopy() {
        String edited = WIRE.replace("CAIRO, Feb 13 (Meridian Wire) -", "CAIRO (Meridian Wire) -")
                + " This story was first published by Meridian Wire.";
        int[] wire = CopySignature.of(WIRE);
        int[] copy = CopySignature.of(edited);
        assertTrue(CopySignature.similarity(wire, copy) > 0.6, "similarity " + CopySignature.similarity(wire, copy));
        assertTrue(CopySignature.copies(wire, copy));
        assertTrue(sharedBand(wire, copy));
    }

    @Test
    void anotherReportOfTheSameEventIsNotACopy() {
        String own = """
                Envoys gathered in the Egyptian capital this week hoping to broker a pause in the fighting. Our \
                correspondent reports that the sides remain far apart on the length of any truce, and that families of \
                those held are losing patience with the government. A further meeting may take place in Doha.""";
        assertFalse(CopySignature.copies(CopySignature.of(WIRE), CopySignature.of(own)));
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        String curly = WIRE.replace("'", "\u2019").toUpperCase(java.util.Locale.ROOT).replace(",", " ,");
        assertEquals(1.0, CopySignature.similarity(CopySignature.of(WIRE), CopySignature.of(curly)));
    }

    @Test
    void aTextOfAFewWordsHasNoSignature() {
        assertNull(CopySignature.of("Talks on a ceasefire went on for day 12 in Cairo, officials from both sides said."));
        assertNull(CopySignature.of(""));
    }

    @Test
    void signaturesRoundTripThroughBytes() {
        int[] signature = CopySignature.of(WIRE);
        assertTrue(Arrays.equals(signature, CopySignature.decode(CopySignature.encode(signature))));
        assertEquals(CopySignature.BANDS, CopySignature.bandTerms(signature).size());
    }

    @Property(tries = 200)
    void anArticleAndACopyWithAFewSmallEditsGroup(@ForAll("articles") List<String> words,
            @ForAll @IntRange(min = 0, max = 4) int edits, @ForAll("seeds") long seed) {
        List<String> edited = new ArrayList<>(words);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(edited.size());
            switch (random.nextInt(3)) {
                case 0 -> edited.set(at, "changed" + i);
                case 1 -> edited.add(at, "inserted" + i);
                default -> edited.remove(at);
            }
        }
        int[] a = CopySignature.of(String.join(" ", words));
        int[] b = CopySignature.of(String.join(" ", edited));
        assertTrue(CopySignature.copies(a, b), edits + " edits, similarity " + CopySignature.similarity(a, b));
        assertTrue(sharedBand(a, b));
    }

    @Property(tries = 200)
    void articlesWithDisjointWordsNeverGroup(@ForAll("articles") List<String> first, @ForAll("articles") List<String> second) {
        List<String> other = second.stream().map(word -> "x" + word).toList(); // no word of the first
        int[] a = CopySignature.of(String.join(" ", first));
        int[] b = CopySignature.of(String.join(" ", other));
        assertFalse(CopySignature.copies(a, b), "similarity " + CopySignature.similarity(a, b));
        assertFalse(sharedBand(a, b));
    }

    /** Articles of 150 to 400 words drawn from a vocabulary of 2,000, as news text repeats its words. */
    @Provide
    Arbitrary<List<String>> articles() {
        Arbitrary<String> word = Arbitraries.integers().between(0, 1999).map(i -> "w" + i);
        return word.list().ofMinSize(150).ofMaxSize(400);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static boolean sharedBand(int[] a, int[] b) {
        Set<org.apache.lucene.util.BytesRef> bands = new HashSet<>(CopySignature.bandTerms(a));
        return CopySignature.bandTerms(b).stream().anyMatch(bands::contains);
    }
}
