package dev.lede.internal.parse;

import dev.lede.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved news page: headline, article paragraphs (without navigation, scripts, share
 * buttons, cookie banners and footers), canonical link and publication date. Never fetches anything.
 */
public final class HtmlArticleParser {
    /** Page parts that are never article text. */
    private static final String CHROME = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "nav, header, footer, aside, figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    /** Class or id words of page furniture: share bars, cookie banners, newsletter boxes, related links. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[-_ ])(share|sharing|social|cookie|consent|gdpr|banner|newsletter|subscribe|signup|related|"
                    + "recommended|comments?|promo|advert|ads?|sponsor|breadcrumbs?|menu|nav|footer|masthead|paywall|"
                    + "popup|modal|toolbar|byline|author|dateline|caption|credits?|tags?)([-_ ]|$)");
    private static final int MIN_PARAGRAPH_CHARS = 2;
    private static final String BLOCKS = "p, h2, h3, blockquote, li";

    private HtmlArticleParser() {}

    /** The article in a page, or {@code null} when the page holds no text. Never throws. */
    public static Article parse(String html) {
        Document page = Jsoup.parse(html);
        String title = firstNonEmpty(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
        String link = firstNonEmpty(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
        LocalDate date = date(firstNonEmpty(meta(page, "article:published_time"),
                attr(page.selectFirst("time[datetime]"), "datetime"),
                attr(page.selectFirst("meta[itemprop=datePublished]"), "content"),
                attr(page.selectFirst("meta[name=date]"), "content")));
        Element body = page.body();
        if (body == null) {
            return null;
        }
        body.select(CHROME).remove();
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (element != body && element.parent() != null && isFurniture(element)) {
                element.remove();
            }
        }
        String text = String.join("\n\n", paragraphs(mainContent(body), title));
        if (text.isBlank()) {
            return null;
        }
        return Article.of(title, text, link).withPublished(date);
    }

    /** The {@code <article>} (or marked article body, or {@code <main>}), else the element holding most paragraph text. */
    private static Element mainContent(Element body) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Elements found = body.select(selector);
            if (!found.isEmpty() && !found.first().select("p").isEmpty()) {
                return found.first();
            }
        }
        Map<Node, Integer> letters = letterCounts(body);
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Element best = body;
        int bestLength = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null || !seen.add(parent)) {
                continue;
            }
            int length = 0;
            for (Element child : parent.children()) {
                if (child.nameIs("p")) {
                    length += letters.getOrDefault(child, 0);
                }
            }
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best;
    }

    /** The characters other than white space in each element's text, counted bottom-up in one pass, so any page takes linear time. */
    private static Map<Node, Integer> letterCounts(Element root) {
        Map<Node, Integer> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                int own = node instanceof TextNode text ? nonWhitespace(text.getWholeText()) : counts.getOrDefault(node, 0);
                Node parent = node.parentNode();
                if (own > 0 && parent != null && node != root) {
                    counts.merge(parent, own, Integer::sum);
                }
            }
        }, root);
        return counts;
    }

    private static int nonWhitespace(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                count++;
            }
        }
        return count;
    }

    private static List<String> paragraphs(Element root, String title) {
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            String all = TextCleaning.collapseSpaces(root.text());
            return all.isEmpty() ? List.of() : List.of(all);
        }
        // A block holding other blocks (a quote of paragraphs, a list item with a paragraph) is read through them.
        // Marking each block's ancestors, stopping at one marked already, finds those blocks in linear time.
        Set<Element> holdingBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : blocks) {
            Element up = block.parent();
            while (up != null && holdingBlocks.add(up) && up != root) {
                up = up.parent();
            }
        }
        for (Element block : blocks) {
            if (holdingBlocks.contains(block)) {
                continue;
            }
            String text = TextCleaning.collapseSpaces(block.text());
            if (text.length() >= MIN_PARAGRAPH_CHARS && !text.equalsIgnoreCase(title)
                    && !ScrapedTextParser.isBoilerplate(text) && !isMostlyLinks(block, text)) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    /** "Read more: <a>Other story</a>": a paragraph that is mostly link text points elsewhere (readability's link density). */
    private static boolean isMostlyLinks(Element block, String text) {
        int linked = 0;
        for (Element link : block.select("a")) {
            linked += link.text().length();
        }
        return linked > 0 && linked * 2 > text.length();
    }

    private static boolean isFurniture(Element element) {
        String marks = element.className() + " " + element.id();
        return !marks.isBlank() && FURNITURE.matcher(marks).find() && !element.nameIs("article") && !element.nameIs("main")
                && !element.nameIs("body");
    }

    private static String meta(Document page, String property) {
        return firstNonEmpty(attr(page.selectFirst("meta[property=" + property + "]"), "content"),
                attr(page.selectFirst("meta[name=" + property + "]"), "content"));
    }

    private static String attr(Element element, String name) {
        return element == null ? "" : element.attr(name).strip();
    }

    private static String text(Element element) {
        return element == null ? "" : TextCleaning.collapseSpaces(element.text());
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return TextCleaning.collapseSpaces(value);
            }
        }
        return "";
    }

    private static LocalDate date(String text) {
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10).toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
