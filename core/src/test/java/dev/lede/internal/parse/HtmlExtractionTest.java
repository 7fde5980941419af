package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Article;
import dev.lede.InputFormat;
import dev.lede.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well the article text is recovered from news pages. Each JSON Lines article of the sample corpus
 * is wrapped in one of four page layouts of the kind news sites use (semantic markup; nested divs
 * with a sidebar of teasers; a main column with ads, captions and a newsletter box; bare paragraphs
 * beside comments and a footer of links), and the extracted body is compared with the true one, word
 * by word, as the article-extraction benchmarks score it. The floors are the levels reached.
 */
class HtmlExtractionTest {
    private static final List<String> LAYOUTS = List.of("semantic", "divs", "main", "bare");
    private static long truePositives;
    private static long extractedWords;
    private static long trueWords;
    private static final Map<String, double[]> byLayout = new HashMap<>();

    @BeforeAll
    static void extractEveryPage() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestData.root().resolve("corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                InputReader.read(file, InputFormat.AUTO, (article, line) -> articles.add(article), problem -> {});
            }
        }
        assertEquals(80, articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article original = articles.get(i);
            String layout = LAYOUTS.get(i % LAYOUTS.size());
            Article extracted = HtmlArticleParser.parse(page(original, layout));
            assertEquals(original.title(), extracted.title(), layout);
            assertEquals(original.link(), extracted.link(), layout);
            score(words(original.body()), words(extracted.body()), layout);
        }
    }

    @Test
    void extractedTextHasThePrecisionAndRecallOfGoodExtractors() {
        double precision = (double) truePositives / extractedWords;
        double recall = (double) truePositives / trueWords;
        double f1 = 2 * precision * recall / (precision + recall);
        assertTrue(precision >= 0.99, "precision " + precision);
        assertTrue(recall >= 0.99, "recall " + recall);
        assertTrue(f1 >= 0.99, "F1 " + f1);
    }

    @Test
    void everyLayoutIsReadWell() {
        for (String layout : LAYOUTS) {
            double[] counts = byLayout.get(layout);
            double precision = counts[0] / counts[1];
            double recall = counts[0] / counts[2];
            assertTrue(precision >= 0.98 && recall >= 0.98, layout + ": precision " + precision + ", recall " + recall);
        }
    }

    private static void score(Map<String, Integer> truth, Map<String, Integer> extracted, String layout) {
        long matched = 0;
        for (Map.Entry<String, Integer> word : extracted.entrySet()) {
            matched += Math.min(word.getValue(), truth.getOrDefault(word.getKey(), 0));
        }
        long found = extracted.values().stream().mapToLong(Integer::longValue).sum();
        long expected = truth.values().stream().mapToLong(Integer::longValue).sum();
        truePositives += matched;
        extractedWords += found;
        trueWords += expected;
        double[] counts = byLayout.computeIfAbsent(layout, k -> new double[3]);
        counts[0] += matched;
        counts[1] += found;
        counts[2] += expected;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String page(Article article, String layout) {
        String title = escape(article.title());
        StringBuilder paragraphs = new StringBuilder();
        String[] parts = article.body().split("\n\n");
        for (int i = 0; i < parts.length; i++) {
            paragraphs.append("<p>").append(escape(parts[i])).append("</p>\n");
            if (i == parts.length / 2) {
                // Unmarked, inside the text: real pages have these, and nothing tells them apart but their words.
                paragraphs.append("<p><strong>Read more:</strong> <a href=\"/x\">Ferry fares to rise in spring</a></p>\n");
            }
            if (i == 1) {
                paragraphs.append(switch (layout) {
                    case "semantic" -> "<figure><img src=\"a.jpg\"><figcaption>Photograph: agency pool</figcaption></figure>\n";
                    case "divs" -> "<div class=\"ad-slot\"><p>Advertisement</p></div>\n";
                    case "main" -> "<div class=\"newsletter-box\"><p>Get the morning briefing in your inbox every day.</p></div>\n";
                    default -> "<div class=\"related-links\"><p>Read more: council approves new cycle lanes</p></div>\n";
                });
            }
        }
        String head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " | News</title>"
                + "<meta property=\"og:title\" content=\"" + title + "\">"
                + "<link rel=\"canonical\" href=\"" + escape(article.link()) + "\">"
                + "<script>var tracking = {id: 42};</script></head>\n<body>\n"
                + "<div class=\"cookie-consent\"><p>We use cookies to personalise content and ads.</p><button>OK</button></div>\n";
        String tail = "<footer><p>About us</p><p>Contact</p><p>Terms of use</p></footer></body></html>\n";
        return head + switch (layout) {
            case "semantic" -> "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>\n<article><h1>"
                    + title + "</h1>\n<div class=\"share-buttons\"><a>Share on Facebook</a><a>Share on X</a></div>\n" + paragraphs
                    + "</article>\n<aside><h3>Most read</h3><ul><li>Storm warning for the coast</li><li>Rail fares to rise</li></ul></aside>\n";
            case "divs" -> "<div id=\"page\"><div class=\"menu\"><a>Sections</a></div><div id=\"content\"><div class=\"story\"><h1>"
                    + title + "</h1><div class=\"story-body\">\n" + paragraphs + "</div></div>\n"
                    + "<div class=\"sidebar\"><p>Opinion: why the budget matters</p><p>Weather: rain later</p></div></div></div>\n";
            case "main" -> "<nav class=\"top-nav\"><ul><li>News</li><li>Sport</li></ul></nav><main><h1>" + title + "</h1>\n"
                    + "<p class=\"byline\">By Staff Reporter</p>\n<div class=\"article-body\">\n" + paragraphs + "</div></main>\n";
            default -> "<h1>" + title + "</h1>\n<div>\n" + paragraphs + "</div>\n<div class=\"comments\"><h3>Comments</h3>"
                    + "<p>Great piece, thanks.</p><p>I disagree with the council.</p></div>\n";
        } + tail;
    }
}
