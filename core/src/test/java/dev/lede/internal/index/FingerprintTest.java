package dev.lede.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lede.Article;
import dev.lede.Name;
import dev.lede.NameType;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final Article ARTICLE = new Article("a1", "Ceasefire holds", "Hostages released in Gaza.",
            "https://example.com/a1", LocalDate.of(2025, 1, 19), List.of(new Name("Gaza", NameType.PLACE)));

    @Test
    void everyIndexedPartChangesIt() {
        String original = new Fingerprint().of(ARTICLE);
        List<Article> changed = List.of(
                new Article("a1", "Ceasefire holds!", ARTICLE.body(), ARTICLE.link(), ARTICLE.published(), ARTICLE.names()),
                new Article("a1", ARTICLE.title(), "Hostages released in Gaza", ARTICLE.link(), ARTICLE.published(), ARTICLE.names()),
                new Article("a1", ARTICLE.title(), ARTICLE.body(), "https://example.com/a2", ARTICLE.published(), ARTICLE.names()),
                ARTICLE.withPublished(LocalDate.of(2025, 1, 20)),
                ARTICLE.withPublished(null),
                ARTICLE.withNames(List.of(new Name("Gaza", NameType.ORGANIZATION))),
                ARTICLE.withNames(List.of()));
        for (Article other : changed) {
            assertNotEquals(original, new Fingerprint().of(other), other.toString());
        }
        assertEquals(32, original.length());
    }

    @Test
    void partsAreKeptApart() {
        Article a = new Article("a", "ab", "c", "", null, List.of());
        Article b = new Article("a", "a", "bc", "", null, List.of());
        assertNotEquals(new Fingerprint().of(a), new Fingerprint().of(b));
    }

    /** The buffer is reused between articles: what came before must not leak into the next hash. */
    @Property(tries = 300)
    void reusedIsTheSameAsFresh(@ForAll String title, @ForAll String body, @ForAll String otherBody) {
        Fingerprint reused = new Fingerprint();
        Article first = new Article("x", title, otherBody + otherBody, "", null, List.of());
        Article second = new Article("x", title, body, "", null, List.of());
        reused.of(first);
        assertEquals(new Fingerprint().of(second), reused.of(second));
        if (!second.body().equals(first.body())) {
            assertNotEquals(reused.of(first), reused.of(second));
        }
    }
}
