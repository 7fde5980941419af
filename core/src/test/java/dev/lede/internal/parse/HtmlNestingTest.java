package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lede.Article;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages nested or repeated tens of thousands of times are read in linear time, without deep recursion.
 * jsoup's work cannot be counted from outside, so the bound is generous: these pages take about a second
 * when the reader is linear, and many minutes (50,000 nested list items: over 100 s) when it is quadratic.
 */
class HtmlNestingTest {
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @ParameterizedTest
    @CsvSource({
            "article, '<ul><li>', '</li></ul>', 50000",
            "article, '<blockquote>', '</blockquote>', 50000",
            "article, '<div>', '</div>', 50000",
            "body, '<div>', '</div>', 100000",
            // Without a doctype a table may open inside a paragraph, so paragraphs nest too.
            "article, '<p>Deeper.<table><tr><td>', '', 50000",
            "div, '<p>Deeper.<table><tr><td>', '', 50000",
            "div, '<p>One of very many short paragraphs.</p>', '', 100000",
    })
    void aDeeplyNestedOrVeryLongPageIsRead(String wrapper, String open, String close, int times) {
        String html = "<html><body><" + wrapper + "><p>The lead of the article.</p>" + open.repeat(times)
                + "<p>The last paragraph of the article.</p>" + close.repeat(times) + "</" + wrapper + "></body></html>";
        Article article = assertTimeoutPreemptively(GENEROUS, () -> HtmlArticleParser.parse(html));
        String[] paragraphs = article.body().split("\n\n");
        assertEquals("The lead of the article.", paragraphs[0]);
        assertEquals("The last paragraph of the article.", paragraphs[paragraphs.length - 1]);
    }

    @Test
    void textOutsideParagraphsAtEveryLevelOfADeepPageIsRead() {
        int times = 50000;
        String html = "<html><body>" + "<div>Some words at this level.<br><br>".repeat(times)
                + "<p>The last paragraph of the article.</p>" + "</div>".repeat(times) + "</body></html>";
        Article article = assertTimeoutPreemptively(GENEROUS, () -> HtmlArticleParser.parse(html));
        String[] paragraphs = article.body().split("\n\n");
        assertEquals("Some words at this level.", paragraphs[0]);
        assertEquals("The last paragraph of the article.", paragraphs[paragraphs.length - 1]);
    }

    /**
     * A 50 MB page (a long article among many teasers, with a large inline image, as pages that embed
     * their pictures are) is read whole, and what comes out is the article. No time is asserted: the run
     * completing in the build's heap is the bound; EVALUATION.md gives the time it takes.
     */
    @Test
    void aFiftyMegabytePageIsRead() {
        StringBuilder html = new StringBuilder(52 << 20).append("<html><head><title>Harbour wall approved</title></head><body>");
        html.append("<img src=\"data:image/png;base64,").append("QUJD".repeat(5 << 20)).append("\">");
        String teaser = "<div class=\"teaser\"><a href=\"/x\">Storm warning for the coast tonight, and more</a></div>";
        String paragraph = "<p>The council approved the new harbour wall on Tuesday, after three years of argument, two public"
                + " inquiries and a petition signed by more than four thousand residents.</p>";
        html.append("<div id=\"teasers\">");
        while (html.length() < 35 << 20) {
            html.append(teaser);
        }
        html.append("</div><article><h1>Harbour wall approved</h1><p>The lead of the article.</p>");
        while (html.length() < 50 << 20) {
            html.append(paragraph);
        }
        html.append("<p>The last paragraph of the article.</p></article></body></html>");
        Article article = HtmlArticleParser.parse(html.toString());
        String[] paragraphs = article.body().split("\n\n");
        assertEquals("Harbour wall approved", article.title());
        assertEquals("The lead of the article.", paragraphs[0]);
        assertEquals("The last paragraph of the article.", paragraphs[paragraphs.length - 1]);
        assertFalse(article.body().contains("Storm warning"), "the teasers are not the article");
    }
}
