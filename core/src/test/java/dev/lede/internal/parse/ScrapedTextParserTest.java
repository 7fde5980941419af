package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Article;
import dev.lede.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ScrapedTextParserTest {
    private static Article seed() throws Exception {
        return ScrapedTextParser.parse(Files.readString(TestData.seed(), StandardCharsets.UTF_8));
    }

    @Test
    void seedTitleIsKeptOnce() throws Exception {
        Article seed = seed();
        assertEquals("Blinken Engages with Israeli Opposition Figures in Effort to Secure Gaza Ceasefire", seed.title());
        assertFalse(seed.body().contains("Blinken Engages with Israeli Opposition Figures"), "the repeated title is not body text");
    }

    @Test
    void seedBodyIsTheParagraphsWithoutBoilerplate() throws Exception {
        String body = seed().body();
        assertTrue(body.startsWith("During his visit to Israel, US Secretary of State Antony Blinken engaged"));
        assertTrue(body.endsWith("Blinken reiterated the Israeli prime minister’s stance on the matter."));
        assertFalse(body.contains("Exit mobile version"));
        assertFalse(body.contains("Link from"));
        assertEquals(12, body.split("\n\n").length, "12 paragraphs");
    }

    @Test
    void seedLinkAndSourceComeFromTheLinkLine() throws Exception {
        Article seed = seed();
        assertEquals("www.aljazeera.com", seed.link());
        assertEquals("aljazeera.com", seed.source());
    }

    @Test
    void windowsLineEndsAndByteOrderMarkReadTheSame() throws Exception {
        String text = Files.readString(TestData.seed(), StandardCharsets.UTF_8);
        Article windows = ScrapedTextParser.parse("\uFEFF" + text.replace("\n", "\r\n"));
        assertEquals(seed(), windows);
    }

    @Test
    void articleWithoutTitleLineKeepsItsText() {
        Article article = ScrapedTextParser.parse("The council voted on Tuesday to close the library in the town centre, "
                + "despite a petition signed by more than four thousand residents.\n\nLink from www.example.com\n");
        assertNotNull(article);
        assertEquals("", article.title());
        assertTrue(article.body().startsWith("The council voted"));
        assertEquals("example.com", article.source());
    }

    @Test
    void articleWithoutLinkHasNoSource() {
        Article article = ScrapedTextParser.parse("Storm Closes Harbour\n\nThe harbour closed at noon.");
        assertEquals("Storm Closes Harbour", article.title());
        assertEquals("", article.link());
        assertEquals("", article.source());
    }

    @Test
    void emptyOrBoilerplateOnlyTextHoldsNoArticle() {
        assertNull(ScrapedTextParser.parse(""));
        assertNull(ScrapedTextParser.parse(" \n\r\n\t\n"));
        assertNull(ScrapedTextParser.parse("Exit mobile version\n\nSkip to content"));
    }

    @Test
    void sameArticleGetsTheSameIdAndDifferentArticlesDifferentIds() throws Exception {
        assertEquals(seed().id(), seed().id());
        Article other = ScrapedTextParser.parse("Another Headline\n\nText.\n\nLink from www.aljazeera.com");
        assertFalse(seed().id().equals(other.id()));
    }

    @Property
    void neverThrowsOnArbitraryText(@ForAll String text) {
        Article article = ScrapedTextParser.parse(text);
        if (article != null) {
            assertNotNull(article.id());
        }
    }

    @Property
    void neverThrowsOnArbitraryLinesThatLookLikeAPage(@ForAll String title, @ForAll String body, @ForAll String link) {
        ScrapedTextParser.parse(title + "\n\n" + title + "\n\n" + body + "\n\nLink from " + link + "\n\nExit mobile version");
    }
}
