package dev.lede.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Near-copies share most of a signature's values; unrelated texts do not, beyond chance. */
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
        byte[] wire = CopySignature.of(WIRE);
        byte[] copy = CopySignature.of(edited);
        assertTrue(CopySignature.similarity(wire, copy) > 0.6, "similarity " + CopySignature.similarity(wire, copy));
        assertTrue(CopySignature.copies(wire, copy));
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
    void aSignatureIsOneByteAValueAndReadBackAsStored() {
        byte[] signature = CopySignature.of(WIRE);
        assertEquals(CopySignature.HASHES, signature.length);
        byte[] stored = new byte[signature.length + 3];
        System.arraycopy(signature, 0, stored, 3, signature.length);
        assertTrue(Arrays.equals(signature, CopySignature.decode(stored, 3, signature.length)));
        assertNull(CopySignature.decode(new byte[64], 0, 64));
    }

    @Test
    void signaturesOfTheEarlierLayoutAreComparedWithEachOtherOnly() {
        java.nio.ByteBuffer first = java.nio.ByteBuffer.allocate(CopySignature.HASHES * Integer.BYTES);
        java.nio.ByteBuffer second = java.nio.ByteBuffer.allocate(CopySignature.HASHES * Integer.BYTES);
        for (int i = 0; i < CopySignature.HASHES; i++) {
            first.putInt(1_000_000 + i);
            second.putInt(i < 96 ? 1_000_000 + i : 7); // three quarters equal
        }
        byte[] a = CopySignature.decode(first.array(), 0, first.capacity());
        byte[] b = CopySignature.decode(second.array(), 0, second.capacity());
        assertEquals(0.75, CopySignature.similarity(a, b));
        assertTrue(CopySignature.copies(a, b));
        assertEquals(0.0, CopySignature.similarity(a, CopySignature.of(WIRE)));
    }

    @Test
    void unequalValuesAgreeingByChanceAreDiscounted() {
        byte[] a = new byte[CopySignature.HASHES];
        byte[] b = new byte[CopySignature.HASHES];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) i;
            b[i] = (byte) (i < a.length / 2 ? i : i + 1);
        }
        double chance = 1.0 / 256;
        assertEquals((0.5 - chance) / (1 - chance), CopySignature.similarity(a, b), 1e-12);
        assertTrue(CopySignature.similarity(a, b) < CopySignature.THRESHOLD);
    }

    @Property(tries = 100)
    void identicalTextsHaveSimilarityOne(@ForAll("articles") List<String> words) {
        String text = String.join(" ", words);
        assertEquals(1.0, CopySignature.similarity(CopySignature.of(text), CopySignature.of(text)));
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
        byte[] a = CopySignature.of(String.join(" ", words));
        byte[] b = CopySignature.of(String.join(" ", edited));
        assertTrue(CopySignature.copies(a, b), edits + " edits, similarity " + CopySignature.similarity(a, b));
    }

    @Property(tries = 200)
    void articlesWithDisjointWordsNeverGroup(@ForAll("articles") List<String> first, @ForAll("articles") List<String> second) {
        List<String> other = second.stream().map(word -> "x" + word).toList(); // no word of the first
        byte[] a = CopySignature.of(String.join(" ", first));
        byte[] b = CopySignature.of(String.join(" ", other));
        assertFalse(CopySignature.copies(a, b), "similarity " + CopySignature.similarity(a, b));
        assertTrue(CopySignature.similarity(a, b) < 0.1, "similarity " + CopySignature.similarity(a, b));
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
}
