package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Article;
import dev.lede.InputFormat;
import dev.lede.internal.parse.InputReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.jsoup.Jsoup;

/**
 * How well lede's HTML reader finds the article in real saved pages: the body by word 4-gram shingle
 * precision, recall and F1 against the expected text (Mozilla Readability's test pages), the
 * snippet rule of trafilatura's evaluation set, headline exact matches, date and author matches and time per page.
 * Pages are read as {@code lede parse} reads them (bytes decoded as for any HTML file).
 *
 * <pre>bench/html-eval [--readability DIR] [--trafilatura DIR] [--pages] [--misses] [--floor KEY=MIN ...]</pre>
 *
 * Pages are split in two halves by a hash of their name, "tune" and "test", so that changes can be
 * made looking at one half and judged on the other. With {@code --floor}, the command exits with 1
 * when a figure is below its floor (keys as printed in the summary, e.g. {@code readability.all.f1}).
 */
public final class HtmlEval {
    /**
     * The Readability pages saved from news outlets, magazines and blogs (an article page of a real site);
     * the others test one rule each on a small made-up page, or are reference, wiki, shop or fiction pages.
     */
    static final Set<String> READABILITY_NEWS = Set.of("002", "aclu", "aktualne", "ars-1", "article-author-tag", "bbc-1",
            "blogger", "breitbart", "bug-1255978", "buzzfeed-1", "citylab-1", "cnet", "cnet-svg-classes", "cnn",
            "dropbox-blog", "ebb-org", "engadget", "firefox-nightly-blog", "folha", "gitlab-blog", "gmw", "guardian-1",
            "heise", "herald-sun-1", "iab-1", "keep-images", "keep-tabular-data", "la-nacion", "lazy-image-1",
            "lazy-image-2", "lemonde-1", "liberation-1", "lifehacker-post-comment-load", "lifehacker-working",
            "links-in-tables", "lwn-1", "medicalnewstoday", "medium-1", "medium-2", "medium-3", "msn", "nytimes-1",
            "nytimes-2", "nytimes-3", "nytimes-4", "nytimes-5", "pixnet", "qq", "quanta-1", "salon-1",
            "schema-org-context-object", "seattletimes-1", "simplyfound-1", "spiceworks", "telegraph", "theverge",
            "tmz-1", "toc-missing", "topicseed-1", "tumblr", "v8-blog", "videos-1", "videos-2", "wapo-1", "wapo-2",
            "webmd-1", "webmd-2", "wikia", "wordpress", "yahoo-1", "yahoo-2", "yahoo-3", "yahoo-4", "youth");
    /**
     * Readability pages whose expected title keeps the site's name ("... | eHow", "Yahoo News - ...") or the
     * author's ("... | Eleanor Ainge Roy"), which lede cuts: reported beside the title figure, never tuned to
     * (EVALUATION.md, "Where the reference is wrong").
     */
    static final Set<String> READABILITY_TITLE_WITH_SITE = Set.of("breitbart", "ehow-1", "ehow-2", "firefox-nightly-blog",
            "guardian-1", "iab-1", "keep-tabular-data", "medium-3", "yahoo-2", "yahoo-4");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What lede read from one page, and how long it took. */
    record Extraction(Article article, String problem, double millis) {
        String body() {
            return article == null ? "" : article.body();
        }
    }

    /** One Readability page: body score, whether title and date match (null: nothing to compare). */
    record ReadabilityPage(String name, ShingleScore score, Boolean title, Boolean date, Boolean author, double millis,
            String problem) implements Page {}

    /** One trafilatura page: snippets found and missed. */
    record SnippetPage(String name, int truePositives, int falseNegatives, int falsePositives, int trueNegatives,
            Boolean title, Boolean date, Boolean author, double millis, String problem) implements Page {}

    /** What every page is scored on besides its text: whether headline, date and author match (null: no reference). */
    interface Page {
        Boolean title();

        Boolean date();

        Boolean author();

        double millis();
    }

    /** Of a set of pages: the share of matches among pages with a reference, and how many had one, per field; mean time. */
    record Metadata(double title, long titles, double date, long dates, double author, long authors, double millis) {
        static Metadata of(List<? extends Page> pages) {
            long titles = pages.stream().filter(page -> page.title() != null).count();
            long dates = pages.stream().filter(page -> page.date() != null).count();
            long authors = pages.stream().filter(page -> page.author() != null).count();
            return new Metadata(rate(pages.stream().filter(page -> Boolean.TRUE.equals(page.title())).count(), titles), titles,
                    rate(pages.stream().filter(page -> Boolean.TRUE.equals(page.date())).count(), dates), dates,
                    rate(pages.stream().filter(page -> Boolean.TRUE.equals(page.author())).count(), authors), authors,
                    pages.stream().mapToDouble(Page::millis).average().orElse(0));
        }

        /** As the summaries print it: {@code title (of)   date (of) author (of)}. */
        String columns() {
            return String.format(Locale.ROOT, "%5.3f (%3d)  %5.3f (%3d)  %5.3f (%3d)", title, titles, date, dates, author, authors);
        }

        void into(Map<String, Double> figures, String key) {
            figures.put(key + "title", title);
            figures.put(key + "date", date);
            figures.put(key + "author", author);
        }
    }

    private HtmlEval() {}

    public static void main(String[] args) throws IOException {
        Path readability = null;
        Path trafilatura = null;
        boolean pages = false;
        boolean misses = false;
        Map<String, Double> floors = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--readability" -> readability = Path.of(args[++i]);
                case "--trafilatura" -> trafilatura = Path.of(args[++i]);
                case "--pages" -> pages = true;
                case "--misses" -> misses = true;
                case "--floor" -> {
                    String[] floor = args[++i].split("=", 2);
                    floors.put(floor[0], Double.parseDouble(floor[1]));
                }
                default -> {
                    System.err.println("html-eval: unknown argument " + args[i]
                            + "; use --readability DIR, --trafilatura DIR, --pages, --misses, --floor KEY=MIN");
                    System.exit(2);
                }
            }
        }
        if (readability == null && trafilatura == null) {
            System.err.println("html-eval: give --readability DIR (Readability's test pages) and/or --trafilatura DIR");
            System.exit(2);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        PrintStream out = System.out;
        if (readability != null) {
            List<ReadabilityPage> results = readability(readability, misses ? out : null);
            if (pages) {
                printReadabilityPages(results, out);
            }
            printReadabilitySummary(results, out, figures);
        }
        if (trafilatura != null) {
            List<SnippetPage> results = trafilatura(trafilatura, misses ? out : null);
            if (pages) {
                printSnippetPages(results, out);
            }
            printSnippetSummary(results, out, figures);
        }
        int failed = 0;
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            Double value = figures.get(floor.getKey());
            if (value == null) {
                System.err.println("html-eval: no figure " + floor.getKey() + " to hold at " + floor.getValue());
                failed++;
            } else if (value < floor.getValue()) {
                System.err.printf(Locale.ROOT, "html-eval: %s is %.3f, below its floor %.3f%n", floor.getKey(), value,
                        floor.getValue());
                failed++;
            } else {
                out.printf(Locale.ROOT, "floor held: %s %.3f >= %.3f%n", floor.getKey(), value, floor.getValue());
            }
        }
        if (failed > 0) {
            System.exit(1);
        }
    }

    /** Whether a page is in the "tune" half (else in "test"): a fixed hash of its name. */
    static boolean isTuningPage(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0;
    }

    /** Reads a page as {@code lede parse} does, timed. */
    static Extraction extract(Path file) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        InputReader.read(file, InputFormat.HTML, (article, line) -> articles.add(article),
                problem -> {
                    if (problem.skipped()) {
                        problems.add(problem.reason());
                    }
                });
        double millis = (System.nanoTime() - start) / 1e6;
        return new Extraction(articles.isEmpty() ? null : articles.get(0), problems.isEmpty() ? null : problems.get(0), millis);
    }

    static List<ReadabilityPage> readability(Path root, PrintStream misses) throws IOException {
        Path pagesDir = Files.isDirectory(root.resolve("pages")) ? root.resolve("pages") : root;
        List<Path> folders;
        try (Stream<Path> list = Files.list(pagesDir)) {
            folders = list.filter(f -> Files.isRegularFile(f.resolve("source.html"))).sorted().toList();
        }
        List<ReadabilityPage> results = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            String expected = Files.isRegularFile(folder.resolve("expected.html"))
                    ? Jsoup.parse(Files.readString(folder.resolve("expected.html"))).text() : "";
            JsonNode meta = Files.isRegularFile(folder.resolve("expected-metadata.json"))
                    ? JSON.readTree(folder.resolve("expected-metadata.json").toFile()) : JSON.createObjectNode();
            Extraction got = extract(folder.resolve("source.html"));
            results.add(new ReadabilityPage(name, ShingleScore.of(expected, got.body()), titleMatch(meta.path("title"), got),
                    dateMatch(meta.path("publishedTime"), got), authorMatch(meta.path("byline"), got), got.millis(), got.problem()));
            if (misses != null && Boolean.FALSE.equals(authorMatch(meta.path("byline"), got))) {
                misses.println("author " + name + " | " + meta.path("byline").asText() + " | "
                        + (got.article() == null ? "" : got.article().author()));
            }
        }
        return results;
    }

    /** With {@code misses}, prints each snippet missed ("-") or let in ("+"), for error analysis. */
    static List<SnippetPage> trafilatura(Path root, PrintStream misses) throws IOException {
        JsonNode eval = JSON.readTree(root.resolve("evaldata.json").toFile());
        List<SnippetPage> results = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : eval.properties()) {
            JsonNode page = entry.getValue();
            String file = page.path("file").asText();
            Extraction got = extract(root.resolve("pages").resolve(file));
            String text = collapse(got.body());
            int[] with = count(page.path("with"), text);
            int[] without = count(page.path("without"), text);
            if (misses != null) {
                printMisses(file, page, text, misses);
                if (Boolean.FALSE.equals(authorMatch(page.path("author"), got))) {
                    misses.println("author " + file + " | " + page.path("author").asText() + " | "
                            + (got.article() == null ? "" : got.article().author()));
                }
            }
            results.add(new SnippetPage(file, with[0], with[1], without[0], without[1], titleMatch(page.path("title"), got),
                    dateMatch(page.path("date"), got), authorMatch(page.path("author"), got), got.millis(), got.problem()));
        }
        results.sort((a, b) -> a.name().compareTo(b.name()));
        return results;
    }

    private static void printMisses(String file, JsonNode page, String text, PrintStream out) {
        for (JsonNode snippet : page.path("with")) {
            if (!text.contains(collapse(snippet.asText()))) {
                out.println("miss " + file + " - " + collapse(snippet.asText()));
            }
        }
        for (JsonNode snippet : page.path("without")) {
            if (text.contains(collapse(snippet.asText()))) {
                out.println("miss " + file + " + " + collapse(snippet.asText()));
            }
        }
    }

    /** How many of the snippets are in the text, and how many are not. */
    private static int[] count(JsonNode snippets, String text) {
        int[] found = new int[2];
        for (JsonNode snippet : snippets) {
            found[text.contains(collapse(snippet.asText())) ? 0 : 1]++;
        }
        return found;
    }

    private static Boolean titleMatch(JsonNode expected, Extraction got) {
        String title = collapse(expected.asText(""));
        if (title.isEmpty()) {
            return null;
        }
        return got.article() != null && collapse(got.article().title()).equals(title);
    }

    /** The author as the reference names them, case, white space and a leading "By" aside. */
    private static Boolean authorMatch(JsonNode expected, Extraction got) {
        String author = normalAuthor(expected.asText(""));
        if (author.isEmpty()) {
            return null;
        }
        return got.article() != null && normalAuthor(got.article().author()).equals(author);
    }

    private static String normalAuthor(String text) {
        return collapse(text).toLowerCase(Locale.ROOT).replaceFirst("^by ", "");
    }

    private static Boolean dateMatch(JsonNode expected, Extraction got) {
        String text = expected.asText("");
        if (text.length() < 10) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
        return got.article() != null && date.equals(got.article().published());
    }

    /** Runs of white space (no-break spaces too) as one space, as trafilatura's evaluation normalises text. */
    static String collapse(String text) {
        return text.replaceAll("(?U)\\s+", " ").strip();
    }

    private static void printReadabilityPages(List<ReadabilityPage> results, PrintStream out) {
        out.println("page                                  P      R      F1   title date  author   ms  set");
        for (ReadabilityPage page : results) {
            out.printf(Locale.ROOT, "%-34s %6.3f %6.3f %6.3f  %-5s %-5s %-5s %5.1f  %s%s%n", page.name(), page.score().precision(),
                    page.score().recall(), page.score().f1(), mark(page.title()), mark(page.date()), mark(page.author()), page.millis(),
                    (READABILITY_NEWS.contains(page.name()) ? "news " : "") + (isTuningPage(page.name()) ? "tune" : "test"),
                    page.problem() == null ? "" : "  (" + page.problem() + ")");
        }
        out.println();
    }

    private static void printReadabilitySummary(List<ReadabilityPage> results, PrintStream out, Map<String, Double> figures) {
        out.println("Readability test pages: body by word 4-gram shingles against expected.html (P, R: per-page means;");
        out.println("F1: from those means; F1/page: mean of per-page F1), headline exact match, date match, time per page");
        out.println("set                 pages      P      R     F1  F1/page  title (of)   date (of) author (of)  ms/page");
        Map<String, Predicate<ReadabilityPage>> sets = new LinkedHashMap<>();
        sets.put("all", page -> true);
        sets.put("news", page -> READABILITY_NEWS.contains(page.name()));
        sets.put("tune", page -> isTuningPage(page.name()));
        sets.put("test", page -> !isTuningPage(page.name()));
        sets.put("news-test", page -> READABILITY_NEWS.contains(page.name()) && !isTuningPage(page.name()));
        for (Map.Entry<String, Predicate<ReadabilityPage>> set : sets.entrySet()) {
            List<ReadabilityPage> chosen = results.stream().filter(set.getValue()).toList();
            double p = chosen.stream().mapToDouble(page -> page.score().precision()).average().orElse(0);
            double r = chosen.stream().mapToDouble(page -> page.score().recall()).average().orElse(0);
            double f1PerPage = chosen.stream().mapToDouble(page -> page.score().f1()).average().orElse(0);
            Metadata metadata = Metadata.of(chosen);
            double f1 = ShingleScore.f1(p, r);
            out.printf(Locale.ROOT, "%-18s %6d %6.3f %6.3f %6.3f %8.3f  %s %8.1f%n", set.getKey(),
                    chosen.size(), p, r, f1, f1PerPage, metadata.columns(), metadata.millis());
            String key = "readability." + set.getKey() + ".";
            figures.put(key + "p", p);
            figures.put(key + "r", r);
            figures.put(key + "f1", f1);
            figures.put(key + "f1page", f1PerPage);
            metadata.into(figures, key);
        }
        List<ReadabilityPage> fair = results.stream().filter(page -> page.title() != null)
                .filter(page -> !READABILITY_TITLE_WITH_SITE.contains(page.name())).toList();
        double fairTitles = rate(fair.stream().filter(page -> page.title()).count(), fair.size());
        out.printf(Locale.ROOT, "title without the %d pages whose reference keeps the site's or author's name: %.3f (of %d)%n",
                READABILITY_TITLE_WITH_SITE.size(), fairTitles, fair.size());
        figures.put("readability.all.title-without-site", fairTitles);
        long failures = results.stream().filter(page -> page.problem() != null).count();
        out.println("pages without article text: " + failures);
        out.println();
    }

    private static void printSnippetPages(List<SnippetPage> results, PrintStream out) {
        out.println("page                                            TP  FN  FP  TN  title date  author   ms  set");
        for (SnippetPage page : results) {
            out.printf(Locale.ROOT, "%-46s %3d %3d %3d %3d  %-5s %-5s %-5s %5.1f  %s%s%n", page.name(), page.truePositives(),
                    page.falseNegatives(), page.falsePositives(), page.trueNegatives(), mark(page.title()), mark(page.date()),
                    mark(page.author()),
                    page.millis(), isTuningPage(page.name()) ? "tune" : "test", page.problem() == null ? "" : "  (" + page.problem() + ")");
        }
        out.println();
    }

    private static void printSnippetSummary(List<SnippetPage> results, PrintStream out, Map<String, Double> figures) {
        out.println("trafilatura's evaluation pages: snippets that must (with) and must not (without) be in the text,");
        out.println("summed over pages; P = TP/(TP+FP), R = TP/(TP+FN), F = 2TP/(2TP+FP+FN)");
        out.println("set      pages     TP     FN     FP     TN      P      R      F  title (of)   date (of) author (of)  ms/page  failed");
        Map<String, Predicate<SnippetPage>> sets = new LinkedHashMap<>();
        sets.put("all", page -> true);
        sets.put("tune", page -> isTuningPage(page.name()));
        sets.put("test", page -> !isTuningPage(page.name()));
        for (Map.Entry<String, Predicate<SnippetPage>> set : sets.entrySet()) {
            List<SnippetPage> chosen = results.stream().filter(set.getValue()).toList();
            long tp = chosen.stream().mapToLong(SnippetPage::truePositives).sum();
            long fn = chosen.stream().mapToLong(SnippetPage::falseNegatives).sum();
            long fp = chosen.stream().mapToLong(SnippetPage::falsePositives).sum();
            long tn = chosen.stream().mapToLong(SnippetPage::trueNegatives).sum();
            Metadata metadata = Metadata.of(chosen);
            long failed = chosen.stream().filter(page -> page.problem() != null).count();
            double p = rate(tp, tp + fp);
            double r = rate(tp, tp + fn);
            double f = rate(2 * tp, 2 * tp + fp + fn);
            out.printf(Locale.ROOT, "%-8s %5d %6d %6d %6d %6d %6.3f %6.3f %6.3f  %s %8.1f  %6d%n",
                    set.getKey(), chosen.size(), tp, fn, fp, tn, p, r, f, metadata.columns(), metadata.millis(), failed);
            String key = "trafilatura." + set.getKey() + ".";
            figures.put(key + "p", p);
            figures.put(key + "r", r);
            figures.put(key + "f", f);
            metadata.into(figures, key);
        }
        out.println();
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String mark(Boolean match) {
        return match == null ? "-" : match ? "yes" : "NO";
    }
}
