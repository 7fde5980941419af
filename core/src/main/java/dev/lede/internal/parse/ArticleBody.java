package dev.lede.internal.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article's paragraphs in a page body, the way Mozilla's Readability does: blocks of text are
 * scored (length, commas) and give their score to their parent and, less, to the ancestors above it;
 * class and id words and tag kinds weigh in; link-heavy candidates lose. The best candidate is taken
 * with those of its siblings that look like article text, then lists, tables and boxes inside it that
 * look like furniture are left out; the lead above the text is put before it, and boxes after its last
 * sentence that are marked as the author's note, tags or sharing are cut. When that finds little text,
 * the page is read again with fewer rules, as Readability does; when it finds enough, it is checked
 * against the page's paragraphs taken whole, as trafilatura checks its choice.
 *
 * <p>Every step is one iterative pass over the page, or looks at most five ancestors up, and nothing
 * is removed from the tree (a removal shifts the siblings after it): elements left out are marked.
 * So any page, however nested or long, takes linear time and no deep recursion.
 */
final class ArticleBody {
    /** Elements that are never article text. */
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
            "object", "embed", "button", "input", "select", "textarea", "option", "link", "meta", "dialog", "nav",
            "aside", "footer", "figure", "figcaption", "picture", "video", "audio", "map", "head", "title",
            "rt", "rp");
    /** Class or id words of page parts that are not the article (Readability's list, with page furniture added). */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
            + "|share|sharing|cookie|consent|newsletter|subscribe|signup|recommended|promo|advert|paywall|modal"
            + "|toolbar|byline|dateline|caption|masthead|(^|[-_ ])(nav|ads?|tags?|author|credits?)([-_ ]|$)");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|(?<!no)content|main|mathjax|shadow");
    /** The furniture left out even when a short page is read again with fewer rules: reply forms, share and related boxes. */
    private static final Pattern ALWAYS_UNLIKELY = Pattern.compile("(?i)(^|[-_ ])respond([-_ ]|$)|comment-?form"
            + "|comments-area|disqus|sharedaddy|sd-sharing|sd-rating|share-?(buttons|bar)|related-?posts|cookie|consent|gdpr");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "banner", "contentinfo");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget");
    /** Soft hyphens and zero-width spaces: they break words for display, and would break them for search. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");
    private static final Pattern TRAILING_SENTENCE_END = Pattern.compile("[.!?\"”“‘’»«›)…。！？]$");
    /** A copyright line: "© 2020 ...", "Copyright (c) ...", "Copyright 2018 ...". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)\\s|copyright\\s*(©|\\(c\\)|\\d{4})|copyleft");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Elements that start a new block of text; everything else runs on inside a paragraph. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "html");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CLEANED = Set.of("div", "section", "ul", "ol", "table", "form", "fieldset");
    /** The blocks that hold a box of their own, which may be all furniture but for its label. */
    private static final Set<String> BOXES = Set.of("div", "section", "aside", "header", "article", "ul", "ol", "table", "form", "details");
    /** Readability's bar: an article with fewer characters than this is read again with fewer rules. */
    private static final int ENOUGH_CHARS = 500;
    private static final int MIN_BLOCK_CHARS = 25;
    /** The inline elements a caption is set in below its picture, and its greatest length. */
    private static final Set<String> CAPTION_WRAPPERS = Set.of("em", "i", "span", "small", "sub", "sup", "strong", "b", "cite");
    private static final int MAX_CAPTION_CHARS = 200;
    /** A line shorter than this that ends no sentence is a label ("Related coverage", "Share this"), not text. */
    private static final int MAX_LABEL_CHARS = 50;
    /** The mean length of the links in a box of other stories: headlines, not names. */
    private static final int MIN_HEADLINE_CHARS = 40;
    /** The blocks of the whole-page check on the scored choice, and the mean length that makes them prose. */
    private static final Set<String> BASELINE_BLOCKS = Set.of("p", "pre", "blockquote");
    private static final int BASELINE_MEAN_CHARS = 100;
    /** Class or id words of a standfirst: the lines under the headline that sum the story up. */
    private static final Pattern LEAD = Pattern.compile("(?i)lead|intro|teaser|chapo|perex|deck|standfirst|sub-?title"
            + "|sub-?headline|summary|excerpt|abstract|bajada|description");
    /** Class or id words of the boxes that follow an article: the author's note, post details, tags, ratings, sharing. */
    private static final Pattern TRAILER = Pattern.compile("(?i)author|(^|[-_ ])bio([-_ ]|$)|byline|meta|tags|tag-links|rating"
            + "|share|sharing|social|related|comment|kommentar|footer|utility|newsletter|subscribe|copyright|signup");
    private static final int TRAILER_SHARE = 3;
    private static final Pattern HEADER_WORD = Pattern.compile("(?i)header");
    private static final Set<String> LEAD_BLOCKS = Set.of("p", "div", "h2", "h3");
    private static final int MIN_LEAD_CHARS = 50;
    private static final int MAX_LEAD_BLOCKS = 3;

    /** Counts over an element's text (white space runs count as one character), summed bottom-up. */
    private static final class Stats {
        int chars;
        int linkChars;
        int commas;
        /** Characters of the text directly inside, outside any child block. */
        int ownInlineChars;
        int ownInlineCommas;
        boolean hasBlockChild;
        int paragraphs;
        int images;
        int items;
        int inputs;
        int embeds;
        int headingChars;
        int itemChars;
        int tableHeads;
        double score;
        boolean candidate;
    }

    /**
     * Which of Readability's rules are on in one attempt, and whether {@code <noscript>} is read as part of the
     * page (only when nothing else gives an article: some pages keep their whole text there for readers without scripts).
     */
    private record Rules(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally, boolean readNoscript) {
        static final Rules ALL = new Rules(true, true, true, false);

        /** Readability's order: all rules, then without unlikely parts stripped, without class weights, without cleaning. */
        static List<Rules> fewerByTurns(boolean readNoscript) {
            return List.of(new Rules(true, true, true, readNoscript), new Rules(false, true, true, readNoscript),
                    new Rules(false, false, true, readNoscript), new Rules(false, false, false, readNoscript));
        }
    }

    private ArticleBody() {}

    /** The article's paragraphs, in page order; empty when the page has no text. */
    static List<String> paragraphs(Element body, String title) {
        List<String> best = List.of();
        int bestChars = -1;
        List<Rules> turns = new ArrayList<>(Rules.fewerByTurns(false));
        if (holdsNoscriptText(body)) {
            turns.addAll(Rules.fewerByTurns(true));
        }
        for (Rules rules : turns) {
            List<String> found = attempt(body, title, rules);
            int chars = found.stream().mapToInt(String::length).sum();
            if (chars >= ENOUGH_CHARS) {
                return orBaseline(found, chars, body, title);
            }
            if (chars > bestChars) {
                best = found;
                bestChars = chars;
            }
        }
        return best;
    }

    /**
     * A check on the scored choice, as trafilatura makes one: the page's paragraphs ({@code p}, {@code pre},
     * {@code blockquote}) taken whole. When they hold over twice the text of the chosen block, and are prose
     * (at least 100 characters each on average, not a list page's teaser lines), the choice took a box beside
     * the article, not the article.
     */
    private static List<String> orBaseline(List<String> found, int chars, Element body, String title) {
        Set<Element> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        markNeverText(body, Rules.ALL, dropped);
        List<String> baseline = new ArrayList<>();
        List<Boolean> trailers = new ArrayList<>();
        boolean[] titleSeen = {false};
        // Each paragraph is written as it is met and then passed over, so nested ones are read once.
        markDropped(body, dropped, element -> {
            if (BASELINE_BLOCKS.contains(element.normalName())) {
                write(element, dropped, title, titleSeen, baseline, trailers, trailer -> false);
                return true;
            }
            return false;
        });
        int baselineChars = baseline.stream().mapToInt(String::length).sum();
        return baselineChars > 2 * chars && baselineChars >= BASELINE_MEAN_CHARS * baseline.size() ? baseline : found;
    }

    private static List<String> attempt(Element body, String title, Rules rules) {
        Set<Element> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        markNeverText(body, rules, dropped);
        List<Element> order = new ArrayList<>();
        Map<Element, Stats> stats = count(body, dropped, order);
        List<Element> roots = articleRoots(body, stats, order, rules);
        if (rules.cleanConditionally()) {
            for (Element root : roots) {
                markFurniture(root, stats, dropped, rules);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        List<Boolean> trailers = new ArrayList<>();
        boolean[] titleSeen = {false};
        int rootChars = roots.stream().mapToInt(root -> stats.get(root).chars).sum();
        // A box marked as the author's note or as sharing is one when it is small beside the article, not its wrapper.
        Predicate<Element> trailer = element -> isTrailer(element) && stats.containsKey(element)
                && stats.get(element).chars * TRAILER_SHARE < rootChars;
        for (Element lead : lead(roots, body, dropped)) {
            write(lead, dropped, title, titleSeen, paragraphs, trailers, trailer);
        }
        for (Element root : roots) {
            write(root, dropped, title, titleSeen, paragraphs, trailers, trailer);
        }
        // Labels after the last sentence ("Share this", "Related coverage", a date line) close boxes, not the
        // article, and so do the boxes that follow it (the author's note, "Posted in ...", tags, ratings) and
        // headings with nothing under them ("Schon gelesen?"), and the copyright line.
        int last = paragraphs.size() - 1;
        while (last >= 0 && (isLabel(paragraphs.get(last)) || trailers.get(last) || COPYRIGHT.matcher(paragraphs.get(last)).lookingAt())) {
            last--;
        }
        return last < 0 ? paragraphs : paragraphs.subList(0, last + 1);
    }

    /**
     * The standfirst above the article's text: blocks marked as a lead ("intro", "teaser", "chapo", ...) or
     * held in a {@code <header>}, in the article (or up to five levels above its first block) before its
     * first kept text, outside lists, links and site furniture. Pages often keep it in the head of the
     * article, apart from the paragraphs that score, or in a box whose class ("entry-header") had it left out.
     */
    private static List<Element> lead(List<Element> roots, Element body, Set<Element> dropped) {
        Element up = roots.get(0);
        for (int level = 0; level < 5 && up != body && up.parent() != null && !up.nameIs("main")
                && (level == 0 || !up.nameIs("article")); level++) {
            up = up.parent();
        }
        // The article's head is often kept beside it, just before the <article>: <header><h1/><h2>lead</h2></header><article>.
        if (up != roots.get(0) && up.nameIs("article") && up.parent() != null && up.previousElementSibling() != null
                && up.previousElementSibling().nameIs("header")) {
            up = up.parent();
        }
        Element scope = up;
        Set<Element> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
        rootSet.addAll(roots);
        Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element on = roots.get(0); on != null && on != scope; on = on.parent()) {
            path.add(on);
        }
        List<Element> leads = new ArrayList<>();
        int[] depths = {0, rootSet.contains(scope) ? 1 : 0, 0}; // inside a lead mark, inside a root, inside a part left out
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    // The article's own text has begun: a lead comes before it.
                    return depths[1] > 0 && depths[2] == 0 && !text.isBlank() ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element) || element == scope) {
                    return FilterResult.CONTINUE;
                }
                if (leads.size() == MAX_LEAD_BLOCKS) {
                    return FilterResult.STOP;
                }
                String name = element.normalName();
                if (!path.contains(element) && (NEVER.contains(name) || isHidden(element) || name.equals("li")
                        || name.equals("a") || name.equals("h1") || name.equals("time") || isFurniture(element)
                        || isTrailer(element))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                enter(element, 1);
                if (depths[0] > 0 && (depths[1] == 0 || depths[2] > 0) && !path.contains(element) && LEAD_BLOCKS.contains(name)
                        && !hasBlockChild(element)
                        && collapsedLength(element.text()) >= MIN_LEAD_CHARS) {
                    leads.add(element);
                    enter(element, -1);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element != scope) {
                    enter(element, -1);
                    if (rootSet.contains(element)) {
                        return FilterResult.STOP; // past the article's first block
                    }
                }
                return FilterResult.CONTINUE;
            }

            private void enter(Element element, int step) {
                depths[0] += isLeadMark(element) ? step : 0;
                depths[1] += rootSet.contains(element) ? step : 0;
                depths[2] += dropped.contains(element) ? step : 0;
            }
        }, scope);
        return leads;
    }

    private static boolean isLeadMark(Element element) {
        return element.nameIs("header") || element.nameIs("hgroup") || LEAD.matcher(element.className() + " " + element.id()).find();
    }

    /** A part that is not the article by its role or its class and id, the word "header" aside (a lead is often in one). */
    private static boolean isFurniture(Element element) {
        if (UNLIKELY_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String marks = HEADER_WORD.matcher(element.className() + " " + element.id()).replaceAll(" ");
        return marks.length() > 1 && UNLIKELY.matcher(marks).find() && !MAYBE.matcher(marks).find();
    }

    /** A {@code <figure>} that holds a table: the table is data of the article, not a picture. */
    private static boolean isFigureOfData(Element element) {
        return element.nameIs("figure") && !element.getElementsByTag("table").isEmpty();
    }

    private static boolean holdsNoscriptText(Element body) {
        for (Element noscript : body.getElementsByTag("noscript")) {
            if (noscript.hasText()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (BLOCK.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks scripts, hidden parts, navigation and parts whose class or id say they are not the article: all of
     * Readability's unlikely parts when the rules say so, else reply forms and share boxes alone.
     */
    private static void markNeverText(Element body, Rules rules, Set<Element> dropped) {
        markDropped(body, dropped, element -> (NEVER.contains(element.normalName())
                        && !(rules.readNoscript() && element.nameIs("noscript")) && !isFigureOfData(element)) || isHidden(element)
                || isUnlikely(element, rules.stripUnlikely()) || isCaptionedImage(element));
    }

    /**
     * A picture with its caption or credit and nothing else: an image (alone or in a link), then, after line
     * breaks if any, one short run of text set apart in its own element ({@code <em>(Credit: ...)</em>},
     * {@code <span>Abbildung: ...</span>}). Such a caption describes the picture, as a {@code <figcaption>} does.
     */
    private static boolean isCaptionedImage(Element element) {
        if (!element.nameIs("p") && !element.nameIs("div")) {
            return false;
        }
        boolean image = false;
        Element caption = null;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    return false;
                }
            } else if (child instanceof Element part) {
                if (part.nameIs("br")) {
                    continue;
                }
                if (!image && isImage(part)) {
                    image = true;
                } else if (image && caption == null && CAPTION_WRAPPERS.contains(part.normalName())) {
                    caption = part;
                } else {
                    return false;
                }
            }
        }
        return caption != null && caption.hasText() && collapsedLength(caption.text()) <= MAX_CAPTION_CHARS;
    }

    /** An image, or a link or picture holding an image and no text. */
    private static boolean isImage(Element element) {
        return element.nameIs("img") || ((element.nameIs("a") || element.nameIs("picture") || element.nameIs("span"))
                && !element.hasText() && !element.getElementsByTag("img").isEmpty());
    }

    /**
     * Adds to {@code dropped} each element under {@code root} (not {@code root} itself) that {@code drop}
     * picks, with all it holds, in one pass that passes over what is dropped already.
     */
    private static void markDropped(Element root, Set<Element> dropped, Predicate<Element> drop) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (dropped.contains(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element != root && drop.test(element)) {
                    dropped.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")
                || (element.hasAttr("style") && HIDDEN_STYLE.matcher(element.attr("style")).find());
    }

    private static boolean isUnlikely(Element element, boolean allRules) {
        String name = element.normalName();
        if (name.equals("a") || name.equals("article") || name.equals("main") || name.equals("html")
                || name.equals("table") || name.equals("tbody") || name.equals("tr") || name.equals("td") || name.equals("th")) {
            return false;
        }
        if (allRules && UNLIKELY_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String marks = element.className() + " " + element.id();
        return marks.length() > 1 && (allRules ? UNLIKELY : ALWAYS_UNLIKELY).matcher(marks).find() && !MAYBE.matcher(marks).find();
    }

    /** Every kept element's counts, in one bottom-up pass. */
    private static Map<Element, Stats> count(Element body, Set<Element> dropped, List<Element> order) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (dropped.contains(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    stats.put(element, new Stats());
                    order.add(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                Stats up = node == body || !(node.parentNode() instanceof Element parent) ? null : stats.get(parent);
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    int chars = collapsedLength(whole);
                    int commas = commas(whole);
                    if (up != null) {
                        up.chars += chars;
                        up.commas += commas;
                        up.ownInlineChars += chars;
                        up.ownInlineCommas += commas;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element) || up == null) {
                    return FilterResult.CONTINUE;
                }
                Stats own = stats.get(element);
                String name = element.normalName();
                if (isLink(element)) {
                    own.linkChars = own.chars;
                }
                switch (name) {
                    case "p" -> own.paragraphs++;
                    case "img" -> own.images++;
                    case "li" -> {
                        own.items++;
                        own.itemChars = own.chars;
                    }
                    case "input" -> own.inputs++;
                    case "th", "caption" -> own.tableHeads++;
                    case "embed", "object", "iframe" -> own.embeds++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> own.headingChars = own.chars;
                    default -> { }
                }
                up.chars += own.chars;
                up.linkChars += own.linkChars;
                up.commas += own.commas;
                up.paragraphs += own.paragraphs;
                up.images += own.images;
                up.items += own.items;
                up.inputs += own.inputs;
                up.embeds += own.embeds;
                up.headingChars += own.headingChars;
                up.itemChars += own.itemChars;
                up.tableHeads += own.tableHeads;
                if (BLOCK.contains(name)) {
                    up.hasBlockChild = true;
                } else {
                    up.ownInlineChars += own.chars;
                    up.ownInlineCommas += own.commas;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return stats;
    }

    /** The best candidate and the siblings that belong with it, in page order. */
    private static List<Element> articleRoots(Element body, Map<Element, Stats> stats, List<Element> order, Rules rules) {
        List<Element> candidates = new ArrayList<>();
        for (Element element : order) {
            Stats own = stats.get(element);
            String name = element.normalName();
            boolean textBlock = SCORED.contains(name) || (name.equals("div") && !own.hasBlockChild);
            if (textBlock && own.chars >= MIN_BLOCK_CHARS) {
                giveScore(element.parent(), blockScore(own.chars, own.commas), body, stats, candidates, rules);
            } else if (!textBlock && own.hasBlockChild && own.ownInlineChars >= MIN_BLOCK_CHARS && BLOCK.contains(name)) {
                // Text run directly inside a block that also holds blocks: Readability wraps it in a paragraph here.
                giveScore(element, blockScore(own.ownInlineChars, own.ownInlineCommas), body, stats, candidates, rules);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Element candidate : candidates) {
            Stats own = stats.get(candidate);
            own.score *= 1 - linkDensity(own);
            if (top == null || own.score > topScore) {
                top = candidate;
                topScore = own.score;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = commonAncestorOfRivals(top, candidates, body, stats);
        top = climb(top, body, stats);
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double threshold = Math.max(10, stats.get(top).score * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            Stats own = stats.get(sibling);
            if (own == null) {
                continue;
            }
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? stats.get(top).score * 0.2 : 0;
            if (own.candidate && own.score + bonus >= threshold) {
                roots.add(sibling);
            } else if (sibling.nameIs("p") || (sibling.nameIs("div") && !own.hasBlockChild)) {
                double density = linkDensity(own);
                if (own.chars > 80 && density < 0.25) {
                    roots.add(sibling);
                } else if (own.chars > 0 && own.chars <= 80 && density == 0 && endsSentence(sibling.text())) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    /**
     * Readability's check for an article in pieces: when three of the next four candidates score nearly
     * as well as the best and share an ancestor with it, that ancestor holds the article.
     */
    private static Element commonAncestorOfRivals(Element top, List<Element> candidates, Element body, Map<Element, Stats> stats) {
        double topScore = stats.get(top).score;
        List<Element> rivals = new ArrayList<>();
        List<Element> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> Double.compare(stats.get(b).score, stats.get(a).score));
        for (Element candidate : ranked.subList(0, Math.min(5, ranked.size()))) {
            if (candidate != top && topScore > 0 && stats.get(candidate).score / topScore >= 0.75) {
                rivals.add(candidate);
            }
        }
        if (rivals.size() < 3) {
            return top;
        }
        List<Set<Element>> ancestors = new ArrayList<>();
        for (Element rival : rivals) {
            Set<Element> chain = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element up = rival.parent(); up != null; up = up.parent()) {
                chain.add(up);
            }
            ancestors.add(chain);
        }
        for (Element up = top.parent(); up != null && up != body; up = up.parent()) {
            int holding = 0;
            for (Set<Element> chain : ancestors) {
                if (chain.contains(up)) {
                    holding++;
                }
            }
            if (holding >= 3) {
                Stats own = stats.get(up);
                if (own != null && !own.candidate) {
                    own.candidate = true;
                    own.score = tagScore(up);
                }
                return own == null ? top : up;
            }
        }
        return top;
    }

    /** Readability's move up: a parent that scores nearly as well holds more of the article. */
    private static Element climb(Element top, Element body, Map<Element, Stats> stats) {
        double lastScore = stats.get(top).score;
        double floor = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body) {
            Stats own = stats.get(parent);
            if (own == null || !own.candidate) {
                parent = parent.parent();
                continue;
            }
            if (own.score < floor) {
                break;
            }
            if (own.score > lastScore) {
                top = parent;
                break;
            }
            lastScore = own.score;
            parent = parent.parent();
        }
        // A lone child says nothing its parent does not: take the parent, which may have more around it.
        while (top.parent() != null && top.parent() != body && stats.containsKey(top.parent()) && keptChildren(top.parent(), stats) == 1) {
            top = top.parent();
        }
        return top;
    }

    private static int keptChildren(Element element, Map<Element, Stats> stats) {
        int kept = 0;
        for (Element child : element.children()) {
            if (stats.containsKey(child) && ++kept > 1) {
                break;
            }
        }
        return kept;
    }

    private static double blockScore(int chars, int commas) {
        return 1 + commas + Math.min(chars / 100, 3);
    }

    /** A text block's score goes to its parent, half of it to the grandparent, less to three more ancestors. */
    private static void giveScore(Element first, double score, Element body, Map<Element, Stats> stats,
            List<Element> candidates, Rules rules) {
        Element ancestor = first;
        for (int level = 0; level < 5 && ancestor != null && ancestor != body.parent(); level++) {
            Stats own = stats.get(ancestor);
            if (own == null) {
                return;
            }
            if (!own.candidate) {
                own.candidate = true;
                own.score = tagScore(ancestor) + (rules.weighClasses() ? classWeight(ancestor) : 0);
                candidates.add(ancestor);
            }
            own.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            ancestor = ancestor.parent();
        }
    }

    private static double tagScore(Element element) {
        return switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static int classWeight(Element element) {
        int weight = 0;
        for (String marks : new String[] {element.className(), element.id()}) {
            if (!marks.isEmpty()) {
                if (NEGATIVE.matcher(marks).find()) {
                    weight -= 25;
                }
                if (POSITIVE.matcher(marks).find()) {
                    weight += 25;
                }
            }
        }
        return weight;
    }

    private static double linkDensity(Stats stats) {
        return stats.chars == 0 ? 0 : Math.min(1, (double) stats.linkChars / stats.chars);
    }

    /** Readability's conditional clean: lists, tables and boxes inside the article that look like furniture are left out. */
    private static void markFurniture(Element root, Map<Element, Stats> stats, Set<Element> dropped, Rules rules) {
        markDropped(root, dropped, element -> CLEANED.contains(element.normalName())
                && looksLikeFurniture(element, stats.get(element), rules));
    }

    private static boolean looksLikeFurniture(Element element, Stats own, Rules rules) {
        if (own == null) {
            return false;
        }
        String name = element.normalName();
        if (name.equals("table") && own.tableHeads > 0) {
            return false; // a table of data is part of the article
        }
        double weight = rules.weighClasses() ? classWeight(element) : 0;
        boolean listTag = name.equals("ul") || name.equals("ol");
        // A list scores below zero by its tag alone (Readability's -3); that says nothing against its text.
        if (weight + (own.candidate ? own.score : 0) < 0 && (!listTag || weight < 0)) {
            return true;
        }
        if (own.commas >= 10) {
            return false;
        }
        boolean isList = listTag || (own.chars > 0 && own.itemChars > 0.9 * own.chars);
        double density = linkDensity(own);
        double headingDensity = own.chars == 0 ? 0 : (double) own.headingChars / own.chars;
        int items = own.items - 100; // Readability: lists are judged by their other parts
        return (own.images > 1 && (double) own.paragraphs / own.images < 0.5)
                || (!isList && items > own.paragraphs)
                || own.inputs > own.paragraphs / 3
                || (!isList && headingDensity < 0.9 && own.chars < MIN_BLOCK_CHARS && (own.images == 0 || own.images > 2) && density > 0)
                || (!isList && weight < 25 && density > 0.2)
                || (weight >= 25 && density > 0.5)
                || (own.embeds == 1 && own.chars < 75) || own.embeds > 1;
    }

    /** A link to somewhere else: not {@code <a href="javascript:...">}, which is a button in a link's clothes (Readability reads it as text). */
    private static boolean isLink(Element element) {
        return element.nameIs("a") && !element.attr("href").regionMatches(true, 0, "javascript:", 0, 11);
    }

    private static boolean isTrailer(Element element) {
        String marks = element.className() + " " + element.id();
        return marks.length() > 1 && TRAILER.matcher(marks).find();
    }

    private static boolean isLabel(String paragraph) {
        return paragraph.length() < MAX_LABEL_CHARS && !TRAILING_SENTENCE_END.matcher(paragraph).find();
    }

    private static boolean endsSentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") || stripped.contains(". ");
    }

    /**
     * The boxes open while the article is written, to find a box whose content was all left out but for its
     * label: "Related coverage" over a list of links, "Auch interessant" over teasers. The label goes too.
     */
    private static final class Boxes {
        private final List<String> out;
        private final List<Boolean> trailers;
        /** Where this writing began in {@code out}, and for each paragraph written since, whether it is all link text. */
        private final int start;
        private final List<Boolean> linkOnly = new ArrayList<>();
        /** Per open box: the paragraphs written before it opened, and the characters left out inside it. */
        private final ArrayDeque<int[]> open = new ArrayDeque<>();

        Boxes(List<String> out, List<Boolean> trailers) {
            this.out = out;
            this.trailers = trailers;
            this.start = out.size();
        }

        void open() {
            open.push(new int[] {out.size(), 0});
        }

        void written(boolean allLink) {
            linkOnly.add(allLink);
        }

        void leftOut(int chars) {
            if (!open.isEmpty()) {
                open.peek()[1] += chars;
            }
        }

        void leftOut(Element element) {
            if (!open.isEmpty()) {
                leftOut(collapsedLength(element.text()));
            }
        }

        void close() {
            int[] box = open.pop();
            int last = out.size() - 1;
            if (last == box[0] && box[1] > out.get(last).length() && isLabel(out.get(last))) {
                box[1] += remove(last);
            } else if (last > box[0] && isLabel(out.get(box[0])) && allLinks(box[0] + 1, last)) {
                // "Auch interessant:" over a list of links to other stories.
                while (out.size() > box[0]) {
                    box[1] += remove(out.size() - 1);
                }
            }
            leftOut(box[1]);
        }

        /** Whether the paragraphs are all links, as long as headlines are (a list of names, "BBEdit", "Acorn", is content). */
        private boolean allLinks(int from, int to) {
            int chars = 0;
            for (int i = from; i <= to; i++) {
                if (!linkOnly.get(i - start)) {
                    return false;
                }
                chars += out.get(i).length();
            }
            return chars >= MIN_HEADLINE_CHARS * (to - from + 1);
        }

        private int remove(int index) {
            trailers.remove(index);
            linkOnly.remove(index - start);
            return out.remove(index).length();
        }
    }

    /** The paragraphs under {@code root}: each block, and each run of text between two line breaks, is one. */
    private static void write(Element root, Set<Element> dropped, String title, boolean[] titleSeen, List<String> out,
            List<Boolean> trailers, Predicate<Element> trailer) {
        StringBuilder current = new StringBuilder();
        int[] trailerDepth = {0};
        int[] linkChars = {0};
        int[] anchorDepth = {0};
        boolean[] lastWasBreak = {false};
        int[] itemDepth = {0};
        int[] headingDepth = {0};
        Boxes boxes = new Boxes(out, trailers);
        Runnable flush = () -> {
            String text = TextCleaning.collapseSpaces(INVISIBLE.matcher(current).replaceAll(""));
            current.setLength(0);
            int links = linkChars[0];
            linkChars[0] = 0;
            if (text.isEmpty()) {
                return;
            }
            if (!titleSeen[0] && text.equalsIgnoreCase(title)) {
                titleSeen[0] = true;
                return;
            }
            // "Read more: <a>Other story</a>": a paragraph that is mostly a link points elsewhere (a list item
            // inside the article, often one link, is left to the list's own judgement).
            if ((itemDepth[0] == 0 && links * 2 > text.length()) || ScrapedTextParser.isBoilerplate(text)) {
                boxes.leftOut(text.length());
                return;
            }
            out.add(text);
            trailers.add(trailerDepth[0] > 0 || (headingDepth[0] > 0 && text.length() < MAX_LABEL_CHARS));
            boxes.written(links >= text.length() * 0.9);
        };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    current.append(whole);
                    if (anchorDepth[0] > 0) {
                        linkChars[0] += TextCleaning.collapseSpaces(whole).length();
                    }
                    if (!whole.isBlank()) {
                        lastWasBreak[0] = false;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (dropped.contains(element)) {
                    boxes.leftOut(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                String name = element.normalName();
                if (name.equals("br")) {
                    if (lastWasBreak[0]) {
                        flush.run();
                    } else {
                        current.append(' ');
                        lastWasBreak[0] = true;
                    }
                } else if (isLink(element)) {
                    anchorDepth[0]++;
                } else if (name.equals("td") || name.equals("th")) {
                    current.append(' ');
                } else if (BLOCK.contains(name)) {
                    flush.run();
                    lastWasBreak[0] = false;
                    if (name.equals("li") || name.equals("tr")) {
                        itemDepth[0]++;
                    }
                    headingDepth[0] += HEADINGS.contains(name) ? 1 : 0;
                    if (element != root && BOXES.contains(name)) {
                        boxes.open();
                    }
                }
                if (element != root && trailer.test(element)) {
                    trailerDepth[0]++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String name = element.normalName();
                    if (isLink(element)) {
                        anchorDepth[0]--;
                    } else if (BLOCK.contains(name) && !name.equals("td") && !name.equals("th")) {
                        flush.run();
                        lastWasBreak[0] = false;
                        if (name.equals("li") || name.equals("tr")) {
                            itemDepth[0]--;
                        }
                        headingDepth[0] -= HEADINGS.contains(name) ? 1 : 0;
                        if (element != root && BOXES.contains(name)) {
                            boxes.close();
                        }
                    }
                    if (element != root && trailer.test(element)) {
                        trailerDepth[0]--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush.run();
    }

    private static int collapsedLength(String text) {
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && length > 0) {
                    length++;
                }
                space = false;
                length++;
            }
        }
        return length;
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') {
                count++;
            }
        }
        return count;
    }
}
