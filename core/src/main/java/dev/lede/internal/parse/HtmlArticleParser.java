package dev.lede.internal.parse;

import dev.lede.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved news page: headline, article paragraphs (without navigation, scripts, share
 * buttons, cookie banners and footers; see {@link ArticleBody}), canonical link, publication date and author.
 * Never fetches anything.
 */
public final class HtmlArticleParser {
    private HtmlArticleParser() {}

    /** The article in a page, or {@code null} when the page holds no text. Never throws. */
    public static Article parse(String html) {
        Document page = Jsoup.parse(TextCleaning.stripBom(html)); // jsoup reads a leading mark as text, before <head>
        PageMetadata meta = PageMetadata.of(page);
        Element body = page.body();
        if (body == null) {
            return null;
        }
        String text = String.join("\n\n", ArticleBody.paragraphs(body, meta.title()));
        if (text.isBlank()) {
            return null;
        }
        return Article.of(meta.title(), text, meta.link()).withPublished(meta.published()).withAuthor(meta.author());
    }
}
