package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Properties over one real index on disk. */
class IndexPropertiesTest {
    private static Path directory;
    private static Lede lede;

    @BeforeContainer
    static void open() throws IOException {
        directory = Files.createTempDirectory("lede-properties");
        lede = Lede.open(directory.resolve("index"));
        lede.add(Article.of("Gaza talks", "Ceasefire talks resumed in Cairo.", "https://example.com/1"));
    }

    @AfterContainer
    static void close() throws IOException {
        lede.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 200)
    void anIndexedArticleComesBackEqual(@ForAll("articles") Article article) throws IOException {
        lede.add(article);
        assertEquals(article, lede.get(article.id()).orElseThrow());
    }

    @Property(tries = 500)
    void everyQueryEitherRunsOrIsRefusedWithOneSentence(@ForAll("queries") String query) throws IOException {
        try {
            lede.search(query, 5);
        } catch (InvalidQueryException refused) {
            assertFalse(refused.getMessage().isBlank());
            assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> syntax = Arbitraries.of("\"", "(", ")", ":", "-", "+", "*", "?", "~", "^", "[", "]", "{", "}",
                "AND", "OR", "NOT", "title:", "name:", "source:", "date:", "/", "\\", "!", "&&", "||", " ", "gaza", "2024-06");
        Arbitrary<String> mixed = syntax.list().ofMaxSize(12).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(Arbitraries.strings(), mixed);
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(300);
        Arbitrary<String> body = text.filter(s -> !s.isBlank());
        Arbitrary<LocalDate> date = Arbitraries.integers().between(1, 3_000_000)
                .map(days -> LocalDate.of(1900, 1, 1).plusDays(days % 60_000)).injectNull(0.3);
        Arbitrary<List<Name>> names = Combinators.combine(text.filter(s -> !s.isBlank()), Arbitraries.of(NameType.class))
                .as(Name::new).list().ofMaxSize(5).uniqueElements();
        return Combinators.combine(text, body, text, date, names)
                .as((title, b, link, published, n) -> new Article(null, title, b, link, published, n));
    }
}
