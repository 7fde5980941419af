package dev.lede.internal.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article: headline, canonical link, publication date, author. In order of trust:
 * the page's JSON-LD article ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, ...), its
 * Dublin Core, OpenGraph and {@code article:} meta tags, then its {@code <title>} without the site's
 * name, as Mozilla's Readability reads them.
 */
record PageMetadata(String title, String link, LocalDate published, String author) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPE = Pattern.compile("Article|AdvertiserContentArticle|NewsArticle"
            + "|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|BlogPosting|DiscussionForumPosting"
            + "|LiveBlogPosting|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle"
            + "|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|TechArticle");
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");
    /** Meta tag names Readability reads, after lower-casing, removing spaces and turning "." into ":". */
    private static final Pattern META_PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Meta tags (name, property or itemprop, lower case) that give the publication date. */
    private static final Set<String> DATE_META = Set.of("og:published_time", "datepublished", "date", "pubdate",
            "publishdate", "publish-date", "publish_date", "published_time", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "article.published", "article_date_original",
            "cxenseparse:recs:publishtime", "date_published", "release_date");
    /** Where a byline or date is not the article's: scripts, navigation, footers, comments. */
    private static final String NOT_THE_ARTICLES = "script, style, nav, footer, aside, head, [class*=comment], [id*=comment]";
    /** Class and id words of elements that show the article's date. */
    private static final Pattern DATE_MARK = Pattern.compile("(?i)date|time|publish|posted|entry-meta|post-meta|article-meta"
            + "|byline|dateline|datum|fecha|artikel-info");
    private static final Pattern MODIFIED_MARK = Pattern.compile("(?i)updated|modified|geaendert|aktualisiert");
    private static final Pattern DATE_IN_LINK = Pattern.compile("/((?:19|20)\\d{2})[/-]([01]?\\d)[/-]([0-3]?\\d)(?:/|$|[-_])");
    /** Separators between a headline and the site's name in a page title. */
    private static final String SEPARATORS = "|\\-–—\\\\/>»";
    private static final Pattern HAS_SEPARATOR = Pattern.compile(" [" + SEPARATORS + "] ");
    /** Longer than this, a page title is no headline (and is not searched for separators). */
    private static final int MAX_TITLE_CHARS = 1000;
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·»:]|::)\\s+");
    /** Readability's class and id words for the element that names the author (without "dateline": that gives a place or date). */
    private static final Pattern BYLINE = Pattern.compile("(?i)byline|author(?!i[sz])|writtenby|p-author");
    private static final Pattern BY = Pattern.compile("(?i)^[\\p{Punct}\\s~·]*(?:(?:post |article )?author|autor(?:in)?"
            + "|(?:geschrieben|veröffentlicht|publiziert|verfasst) von|(?:posted|written|published) by|by|von|vom|par|por|di|door)"
            + "(?:\\s*[:|~\\-]\\s*|\\s+|$|(?-i)(?=\\p{Lu}))");
    /** Month and day names left after a byline's date is cut at its first digit ("Jane Doe, Sunday, Feb"). */
    private static final Pattern TRAILING_DATE_WORDS = Pattern.compile("(?iU)([\\s,.|·•–-]+(jan(uary|uar)?|feb(ruary|ruar)?|mar(ch)?"
            + "|märz|apr(il)?|may|mai|june?|juni|july?|juli|aug(ust)?|sep(t(ember)?)?|oct(ober)?|okt(ober)?|nov(ember)?"
            + "|dec(ember)?|dez(ember)?|(mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag"
            + "|samstag|sonntag|am|on|le|el|updated|aktualisiert)\\.?)+[\\s,.]*$");
    private static final Pattern FIRST_DIGIT = Pattern.compile("\\d");
    /** What a byline element may hold in place of a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(posted|published|veröffentlicht|publiziert|(last )?updated|aktualisiert)"
            + "( on| am)?|no author|by|von|admin");
    /**
     * Words in lower case other than a name's particles ("de", "van", "bin"): a name has hardly any, a headline many
     * (and a name has no colon, question or exclamation mark before a space).
     */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?U)(?<!\\S)(?!(?:and|und|et|y|e|of|de|del|della|des|du|da|dos|das"
            + "|di|van|von|der|den|ter|la|le|al|el|bin|ibn|ben|zu)(?!\\S))\\p{Ll}\\S*");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");

    static PageMetadata of(Document page) {
        JsonNode article = jsonLdArticle(page);
        Map<String, String> meta = metaValues(page);
        String pageTitle = titleFromPage(page);
        String title = firstNonEmpty(jsonLdTitle(article, pageTitle), meta.get("dc:title"), meta.get("dcterm:title"),
                meta.get("og:title"), meta.get("weibo:article:title"), meta.get("weibo:webpage:title"), meta.get("title"),
                meta.get("twitter:title"), meta.get("parsely-title"), pageTitle);
        String link = firstNonEmpty(attr(page.selectFirst("link[rel=canonical]"), "href"), meta.get("og:url"));
        title = withoutSiteName(title, List.of(nullToEmpty(meta.get("og:site_name")), text(article == null ? null : article.path("publisher"), "name"),
                attr(page.selectFirst("meta[name=application-name]"), "content"), ArticleIds.sourceOf(link)));
        LocalDate date = date(text(article, "datePublished"));
        if (date == null) {
            date = firstDate(page, meta, link);
        }
        String author = author(page, article, meta);
        // Columns name their writer where other pages name the site: "Headline | Jane Doe".
        return new PageMetadata(withoutSiteName(title, List.of(author)), link, date, author);
    }

    /**
     * Readability's byline: JSON-LD's {@code author}, then the author meta tags, then the first element
     * marked as the author's ({@code rel=author}, {@code itemprop=author}, a class or id such as "byline"), the innermost
     * such element where one holds another.
     */
    private static String author(Document page, JsonNode article, Map<String, String> meta) {
        String found = cleanAuthor(firstNonEmpty(article == null ? "" : names(article.path("author")), meta.get("dc:creator"),
                meta.get("dcterm:creator"), meta.get("author"), meta.get("parsely-author"), notLink(meta.get("article:author"))));
        if (!found.isEmpty()) {
            return found;
        }
        List<Element> marked = new ArrayList<>();
        for (Element element : page.select("[rel=author], [itemprop], [class], [id]")) {
            boolean byline = element.attr("rel").equals("author") || element.attr("itemprop").contains("author")
                    || BYLINE.matcher(element.className() + " " + element.id()).find();
            // Comments, and their forms asking for the reader's "Name (required)", have authors of their own.
            if (byline && element.closest(NOT_THE_ARTICLES + ", label") == null) {
                marked.add(element);
            }
        }
        String[] names = new String[marked.size()]; // each element's name, read once
        for (int k = 0; k < marked.size(); k++) {
            String author = bylineName(marked, names, k);
            // A byline holding a marked name and more ("Ben Silverman Games Editor"): the name alone, which comes later.
            if (!author.isEmpty() && !holdsNamedByline(marked, names, k)) {
                return author;
            }
        }
        return "";
    }

    private static String bylineName(List<Element> marked, String[] names, int k) {
        if (names[k] == null) {
            names[k] = bylineName(marked.get(k));
        }
        return names[k];
    }

    /** The name a byline element gives: its {@code itemprop=name} or {@code content}, else its text; empty if it is no name. */
    private static String bylineName(Element element) {
        Element name = element.selectFirst("[itemprop=name]");
        String text = element.nameIs("meta") ? element.attr("content") : text(name == null ? element : name);
        return text.length() < 100 ? cleanAuthor(text) : "";
    }

    private static boolean holdsNamedByline(List<Element> marked, String[] names, int k) {
        Element outer = marked.get(k);
        for (int inner = k + 1; inner < marked.size(); inner++) {
            if (!marked.get(inner).parents().contains(outer)) {
                return false; // marked elements come in page order: the first not inside ends those that are
            }
            if (!bylineName(marked, names, inner).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The names in a byline, without its label ("By", "Posted by", "Autor:") or the date after them. */
    private static String cleanAuthor(String byline) {
        String text = BY.matcher(byline.strip()).replaceFirst("");
        var digit = FIRST_DIGIT.matcher(text);
        if (digit.find()) {
            // Names have no digits: a date or time follows the name.
            text = TRAILING_DATE_WORDS.matcher(text.substring(0, digit.start())).replaceFirst("");
        }
        text = text.replaceAll("^[\\p{Punct}\\s·–—]+|[\\s,;:|/·•–—-]+$", "");
        return text.codePoints().filter(Character::isLetter).count() < 2 || NOT_A_NAME.matcher(text).matches()
                || LOWER_CASE_WORD.matcher(text).results().count() > 3 || text.matches("(?s).*[:?!](\\s|$).*") ? "" : text;
    }

    /** A JSON-LD author: a name, a person or organisation with a name, or a list of them, joined with commas. */
    private static String names(JsonNode author) {
        if (author.isTextual()) {
            return TextCleaning.collapseSpaces(author.asText());
        }
        if (author.isObject()) {
            return text(author, "name");
        }
        List<String> all = new ArrayList<>();
        if (author.isArray()) {
            for (JsonNode one : author) {
                String name = names(one);
                if (!name.isEmpty() && !all.contains(name)) {
                    all.add(name);
                }
            }
        }
        return String.join(", ", all);
    }

    /** {@code article:author} often holds a link to the author's page, which is no name. */
    private static String notLink(String value) {
        return value == null || value.matches("(?i)^(https?:)?//.*") ? "" : value;
    }

    /** Publication date from the article's meta tags, its marked-up date, a {@code <time>}, then a link like {@code /2024/06/11/}. */
    private static LocalDate firstDate(Document page, Map<String, String> meta, String link) {
        List<String> candidates = new ArrayList<>();
        candidates.add(nullToEmpty(meta.get("article:published_time")));
        candidates.add(nullToEmpty(meta.get("parsely-pub-date")));
        for (Element tag : page.select("meta[content]")) {
            String name = (tag.attr("name") + tag.attr("property") + tag.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (DATE_META.contains(name)) {
                candidates.add(tag.attr("content"));
            }
        }
        Element marked = page.selectFirst("[itemprop=datePublished]");
        if (marked != null) {
            candidates.add(firstNonEmpty(marked.attr("content"), marked.attr("datetime"), marked.ownText()));
        }
        candidates.add(attr(page.selectFirst("time[datetime][pubdate]"), "datetime"));
        candidates.add(attr(page.selectFirst("time[datetime]"), "datetime"));
        for (String candidate : candidates) {
            LocalDate date = date(candidate);
            if (date != null) {
                return date;
            }
        }
        var inLink = DATE_IN_LINK.matcher(link);
        if (inLink.find()) {
            return date(inLink.group(1) + "-" + pad(inLink.group(2)) + "-" + pad(inLink.group(3)));
        }
        return visibleDate(page);
    }

    /**
     * A date written on the page where pages put the article's date: a {@code <time>}, or an element
     * whose class or id says it holds the date ("date", "published", "entry-meta", ...), in page order,
     * outside comments, navigation and footers; "updated" and "modified" dates are passed over.
     */
    private static LocalDate visibleDate(Document page) {
        for (Element element : page.select("time, [class], [id], [itemprop]")) {
            boolean marked = element.nameIs("time") || DATE_MARK.matcher(element.className() + " " + element.id()).find()
                    || element.attr("itemprop").toLowerCase(Locale.ROOT).contains("date");
            if (!marked || MODIFIED_MARK.matcher(element.className() + " " + element.id()).find()
                    || element.closest(NOT_THE_ARTICLES) != null) {
                continue;
            }
            String text = text(element);
            if (text.length() <= 120) {
                LocalDate date = TextDates.first(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    /** The first JSON-LD object of an article type with a schema.org context; null when there is none. */
    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            String content = script.data().strip().replaceAll("^<!\\[CDATA\\[|\\]\\]>$", "");
            JsonNode parsed;
            try {
                parsed = JSON.readTree(content);
            } catch (JsonProcessingException e) {
                continue; // a page's broken JSON-LD is just not read
            }
            if (parsed == null) {
                continue;
            }
            if (parsed.isArray()) {
                parsed = firstOfArticleType(parsed);
                if (parsed == null) {
                    continue;
                }
            }
            JsonNode context = parsed.path("@context");
            boolean schemaOrg = (context.isTextual() && SCHEMA_ORG.matcher(context.asText()).find())
                    || (context.isObject() && SCHEMA_ORG.matcher(context.path("@vocab").asText("")).find());
            if (!schemaOrg) {
                continue;
            }
            if (parsed.path("@type").isMissingNode() && parsed.path("@graph").isArray()) {
                parsed = firstOfArticleType(parsed.path("@graph"));
            }
            if (parsed != null && isArticleType(parsed)) {
                return parsed;
            }
        }
        return null;
    }

    private static JsonNode firstOfArticleType(JsonNode array) {
        for (JsonNode item : array) {
            if (isArticleType(item)) {
                return item;
            }
        }
        return null;
    }

    private static boolean isArticleType(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (ARTICLE_TYPE.matcher(one.asText("")).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
    }

    /** JSON-LD's {@code name} or {@code headline}; when they differ, the one like the page title. */
    private static String jsonLdTitle(JsonNode article, String pageTitle) {
        String name = text(article, "name");
        String headline = text(article, "headline");
        if (!name.isEmpty() && !headline.isEmpty() && !name.equals(headline)) {
            return similarity(headline, pageTitle) > 0.75 && similarity(name, pageTitle) <= 0.75 ? headline : name;
        }
        return name.isEmpty() ? headline : name;
    }

    /** Readability's similarity: the share of {@code b}'s words (by length) that {@code a} has too. */
    private static double similarity(String a, String b) {
        Set<String> wordsA = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        List<String> wordsB = List.of(b.toLowerCase(Locale.ROOT).split("\\W+")).stream().filter(w -> !w.isEmpty()).toList();
        if (wordsB.isEmpty()) {
            return 0;
        }
        String unique = String.join(" ", wordsB.stream().filter(w -> !wordsA.contains(w)).toList());
        return 1 - (double) unique.length() / String.join(" ", wordsB).length();
    }

    private static Map<String, String> metaValues(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = TextCleaning.collapseSpaces(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            String property = meta.attr("property");
            boolean matched = false;
            if (!property.isEmpty()) {
                var found = META_PROPERTY.matcher(property);
                while (found.find()) {
                    values.put(found.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content);
                    matched = true;
                }
            }
            String name = meta.attr("name");
            if (!matched && !name.isEmpty() && META_NAME.matcher(name).matches()) {
                values.put(name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':'), content);
            }
            if (!property.isEmpty() && (property.equals("og:url") || property.equals("og:site_name"))) {
                values.putIfAbsent(property, content);
            }
        }
        return values;
    }

    /** Readability's reading of {@code <title>}: without the site's name before or after a separator. */
    private static String titleFromPage(Document page) {
        String original = TextCleaning.collapseSpaces(page.title());
        String current = original;
        boolean hierarchical = false;
        if (original.length() > MAX_TITLE_CHARS) {
            return text(page.selectFirst("h1"));
        }
        if (HAS_SEPARATOR.matcher(current).find()) {
            hierarchical = HIERARCHICAL.matcher(current).find();
            current = original.replaceAll("(.*)[" + SEPARATORS + "] .*", "$1");
            if (wordCount(current) < 3) {
                current = original.replaceAll("[^" + SEPARATORS + "]*[" + SEPARATORS + "](.*)", "$1");
            }
        } else if (current.contains(": ")) {
            String whole = current;
            boolean headingSaysSo = page.select("h1, h2").stream().anyMatch(h -> TextCleaning.collapseSpaces(h.text()).equals(whole));
            if (!headingSaysSo) {
                current = original.substring(original.lastIndexOf(':') + 1);
                if (wordCount(current) < 3) {
                    current = original.substring(original.indexOf(':') + 1);
                } else if (wordCount(original.substring(0, original.indexOf(':'))) > 5) {
                    current = original;
                }
            }
        } else if (current.length() > 150 || current.length() < 15) {
            var headings = page.select("h1");
            if (headings.size() == 1) {
                current = headings.first().text();
            }
        }
        current = TextCleaning.collapseSpaces(current);
        int words = wordCount(current);
        if (words <= 4 && (!hierarchical || words != wordCount(original.replaceAll("[" + SEPARATORS + "]+", "")) - 1)) {
            current = original;
        }
        return current;
    }

    /** "Headline | Site" or "Site - Headline" as "Headline", when the other part names the site (or the author). */
    static String withoutSiteName(String title, List<String> siteNames) {
        var separators = SITE_SEPARATOR.matcher(title);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (separators.find()) {
            if (firstStart < 0) {
                firstStart = separators.start();
                firstEnd = separators.end();
            }
            lastStart = separators.start();
            lastEnd = separators.end();
        }
        if (firstStart < 0) {
            return title;
        }
        String last = letters(title.substring(lastEnd));
        String first = letters(title.substring(0, firstStart));
        for (String site : siteNames) {
            String name = letters(site.replaceAll("\\.[a-z]{2,6}$", ""));
            if (name.length() < 2) {
                continue;
            }
            if (!last.isEmpty() && (last.startsWith(name) || name.startsWith(last))) {
                return title.substring(0, lastStart).strip();
            }
            if (!first.isEmpty() && (first.startsWith(name) || name.startsWith(first))) {
                return title.substring(firstEnd).strip();
            }
        }
        return title;
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return "";
        }
        JsonNode value = node.path(field);
        return value.isTextual() ? TextCleaning.collapseSpaces(value.asText()) : "";
    }

    private static String text(Element element) {
        return element == null ? "" : TextCleaning.collapseSpaces(element.text());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String attr(Element element, String name) {
        return element == null ? "" : element.attr(name).strip();
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
        String stripped = text.strip();
        if (stripped.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(stripped.substring(0, 10).replace('/', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
