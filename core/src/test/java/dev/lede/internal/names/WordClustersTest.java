package dev.lede.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word classes: words used alike share one, the same text gives the same classes, and they keep through writing. */
class WordClustersTest {
    private static List<String[]> text() {
        List<String[]> sentences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (String place : List.of("Paris", "London", "Berlin")) {
                sentences.add(("we flew to " + place + " today").split(" "));
            }
            for (String animal : List.of("cat", "dog", "cow")) {
                sentences.add(("the " + animal + " sleeps").split(" "));
            }
        }
        return sentences;
    }

    @Test
    void wordsThatFollowTheSameWordsShareAClass() {
        WordClusters clusters = WordClusters.build(text(), 4, 1, 20);
        assertEquals(clusters.of("Paris"), clusters.of("London"));
        assertEquals(clusters.of("Paris"), clusters.of("Berlin"));
        assertEquals(clusters.of("cat"), clusters.of("dog"));
        assertEquals(clusters.of("cat"), clusters.of("cow"));
        assertNotEquals(clusters.of("Paris"), clusters.of("cat"));
        assertEquals(-1, clusters.of("Madrid"));
        assertEquals(-1, clusters.of("paris"), "case is kept");
    }

    @Test
    void rareWordsHaveNoClass() {
        List<String[]> sentences = new ArrayList<>(text());
        sentences.add("we flew to Lisbon today".split(" "));
        WordClusters clusters = WordClusters.build(sentences, 4, 2, 20);
        assertEquals(-1, clusters.of("Lisbon"));
        assertNotEquals(-1, clusters.of("Paris"));
    }

    @Test
    void theSameTextGivesTheSameClassesAndTheyReadBackAsWritten() throws Exception {
        WordClusters clusters = WordClusters.build(text(), 4, 1, 20);
        WordClusters again = WordClusters.build(text(), 4, 1, 20);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        clusters.write(new DataOutputStream(bytes));
        WordClusters read = WordClusters.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(clusters.size(), read.size());
        for (String[] sentence : text()) {
            for (String word : sentence) {
                assertEquals(clusters.of(word), again.of(word), word);
                assertEquals(clusters.of(word), read.of(word), word);
            }
        }
    }
}
