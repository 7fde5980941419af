package dev.lede.internal.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a page says about its article: headline, canonical link, publication date. */
record PageMetadata(String title, String link, LocalDate published) {
    static PageMetadata of(Document page) {
        String title = firstNonEmpty(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
        String link = firstNonEmpty(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
        LocalDate date = date(firstNonEmpty(meta(page, "article:published_time"),
                attr(page.selectFirst("time[datetime]"), "datetime"),
                attr(page.selectFirst("meta[itemprop=datePublished]"), "content"),
                attr(page.selectFirst("meta[name=date]"), "content")));
        return new PageMetadata(title, link, date);
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

    static LocalDate date(String text) {
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
