package dev.lede.cli;

import dev.lede.Hit;
import dev.lede.Origin;
import dev.lede.SearchResults;
import dev.lede.Snippet;
import java.nio.file.Path;
import java.util.Locale;

/** Search results for a person reading a terminal. */
final class TextOutput {
    private static final String INDENT = "    ";
    private final Terminal terminal;

    TextOutput(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The hits, then a summary line; {@code suggestion}, when not null, is offered after it ("Did you mean: ...?"). */
    void results(SearchResults results, String suggestion) {
        String didYouMean = suggestion == null ? "" : " Did you mean: " + oneLine(suggestion) + "?";
        if (results.hits().isEmpty()) {
            terminal.out.println((results.total() == 0
                    ? "No articles match " + quoted(results.query()) + "."
                    : count(results) + " articles match " + quoted(results.query()) + ".") + didYouMean);
            return;
        }
        results.hits().forEach(this::hit);
        long shown = results.hits().size();
        int first = results.hits().get(0).rank();
        long copies = results.hits().stream().mapToLong(hit -> hit.copies().size()).sum();
        String range = first == 1 ? String.valueOf(shown) : first + "-" + (first + shown - 1);
        if (copies == 0) {
            terminal.out.println((shown == results.total()
                    ? shown + " " + IndexCommand.plural((int) shown, "article") + " match " + quoted(results.query()) + "."
                    : "Showing " + range + " of " + count(results) + " articles that match " + quoted(results.query()) + ".")
                    + didYouMean);
            return;
        }
        // Grouped: the hits are stories, and the count says how many articles they stand for.
        long articles = shown + copies;
        String stories = shown == 1 ? "story" : "stories";
        terminal.out.println((first == 1 && articles == results.total()
                ? count(results) + " articles match " + quoted(results.query()) + ", shown as " + shown + " " + stories
                : "Showing " + (first == 1 ? "" : "stories ") + range + (first == 1 ? " " + stories : "") + " (" + articles
                        + " articles) of " + count(results) + " articles that match " + quoted(results.query()))
                + "." + System.lineSeparator() + "Copies of one story are listed under it; --all shows each as a hit." + didYouMean);
    }

    /** How many copies to name after a hit; the rest are counted. */
    private static final int COPIES_NAMED = 5;

    /** {@code +2 copies: eastbridgetimes.com, harbourdaily.com}: each copy by its site, or its file when it has no link. */
    private static String copiesLine(java.util.List<dev.lede.Copy> copies) {
        StringBuilder line = new StringBuilder("+").append(copies.size()).append(copies.size() == 1 ? " copy: " : " copies: ");
        for (int i = 0; i < Math.min(COPIES_NAMED, copies.size()); i++) {
            line.append(i == 0 ? "" : ", ").append(where(copies.get(i)));
        }
        if (copies.size() > COPIES_NAMED) {
            line.append(" and ").append(copies.size() - COPIES_NAMED).append(" more");
        }
        return line.toString();
    }

    private static String where(dev.lede.Copy copy) {
        return !copy.source().isEmpty() ? copy.source() : copy.origin() != null ? file(copy.origin()) : "id " + copy.id();
    }

    /** One hit: rank and headline, where it is from, and its snippet. */
    private void hit(Hit hit) {
        String title = hit.title().isEmpty() ? "(untitled)" : hit.title();
        terminal.out.println(String.format("%2d. %s", hit.rank(), terminal.bold(title)));
        // Without a link, the file it came from is what traces the hit back.
        StringBuilder meta = new StringBuilder(!hit.source().isEmpty() ? hit.source()
                : hit.origin() != null ? file(hit.origin()) : "unknown source");
        hit.article().publishedDate().ifPresent(date -> meta.append(" · ").append(date));
        meta.append(" · score ").append(String.format(Locale.ROOT, "%.2f", hit.score()));
        meta.append(" · id ").append(hit.id());
        terminal.out.println(INDENT + terminal.dim(meta.toString()));
        if (!hit.copies().isEmpty()) {
            terminal.out.println(INDENT + terminal.dim(copiesLine(hit.copies())));
        }
        for (String line : wrap(hit.snippet(), terminal.width() - INDENT.length())) {
            terminal.out.println(INDENT + line);
        }
        terminal.out.println();
    }

    /** {@code lede similar}: the article asked about, then the articles most like it, then a summary line. */
    void similar(dev.lede.Article article, SearchResults similar) {
        terminal.out.println("Articles like " + terminal.bold(article.title().isEmpty() ? "(untitled)" : article.title())
                + " (id " + article.id() + "):");
        terminal.out.println();
        similar.hits().forEach(this::hit);
        long shown = similar.hits().size();
        terminal.out.println(similar.total() == 0 ? "No other article shares its telling words."
                : shown == similar.total() ? shown + " " + IndexCommand.plural((int) shown, "article") + " share its telling words."
                : "Showing " + shown + " of " + count(similar) + " articles that share its telling words.");
    }

    /** The most common names and sources among the matches, one line per facet. */
    void facets(dev.lede.Facets facets) {
        terminal.out.println();
        terminal.out.println(terminal.bold("Among the " + facets.articles() + " matching articles:"));
        line("People", facets.names().get(dev.lede.NameType.PERSON));
        line("Organisations", facets.names().get(dev.lede.NameType.ORGANIZATION));
        line("Places", facets.names().get(dev.lede.NameType.PLACE));
        line("Sources", facets.sources());
        line("Published", facets.published());
    }

    private void line(String label, java.util.List<dev.lede.FacetCount> counts) {
        StringBuilder text = new StringBuilder();
        for (dev.lede.FacetCount count : counts) {
            text.append(text.isEmpty() ? "" : ", ").append(count.value()).append(" (").append(count.articles()).append(')');
        }
        terminal.out.println(String.format("  %-14s %s", label + ":", text.isEmpty() ? "(none)" : text));
    }

    /** One whole article, for {@code lede show}: headline, what is known about it, its names, then its text. */
    void article(dev.lede.Article article, Origin origin, java.util.List<dev.lede.Copy> copies) {
        terminal.out.println(terminal.bold(article.title().isEmpty() ? "(untitled)" : article.title()));
        StringBuilder meta = new StringBuilder(article.source().isEmpty() ? "unknown source" : article.source());
        article.publishedDate().ifPresent(date -> meta.append(" · ").append(date));
        if (!article.author().isEmpty()) {
            meta.append(" · by ").append(article.author());
        }
        meta.append(" · id ").append(article.id());
        terminal.out.println(terminal.dim(meta.toString()));
        field("Link", article.link().isEmpty() ? "(none)" : article.link());
        field("File", origin == null ? "(not known)" : file(origin));
        // The same text elsewhere: one line each, so a reporter sees who ran it and can show it by id.
        field("Copies", copies.isEmpty() ? "(none)" : copyLine(copies.get(0)));
        for (dev.lede.Copy copy : copies.subList(Math.min(1, copies.size()), copies.size())) {
            field("", copyLine(copy));
        }
        for (dev.lede.NameType type : dev.lede.NameType.values()) {
            String names = article.names().stream().filter(name -> name.type() == type).map(dev.lede.Name::text)
                    .collect(java.util.stream.Collectors.joining(", "));
            field(switch (type) {
                case PERSON -> "People";
                case ORGANIZATION -> "Organisations";
                case PLACE -> "Places";
            }, names.isEmpty() ? "(none)" : names);
        }
        for (String paragraph : article.body().split("\\n\\s*\\n")) {
            terminal.out.println();
            for (String line : wrap(new Snippet(paragraph.strip().replaceAll("\\s+", " "), null), terminal.width())) {
                terminal.out.println(line);
            }
        }
    }

    private static String copyLine(dev.lede.Copy copy) {
        return where(copy) + " · id " + copy.id() + " · " + (copy.title().isEmpty() ? "(untitled)" : copy.title());
    }

    private void field(String label, String value) {
        terminal.out.println(String.format("%-15s%s", label.isEmpty() ? "" : label + ":", value));
    }

    /** The snippet in lines of at most {@code width} characters, matched words highlighted. */
    private java.util.List<String> wrap(Snippet snippet, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String text = snippet.text();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + width);
            if (end < text.length()) {
                int space = text.lastIndexOf(' ', end);
                end = space > start ? space : end;
            }
            lines.add(highlighted(snippet, start, end));
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return lines;
    }

    private String highlighted(Snippet snippet, int from, int to) {
        String text = snippet.text();
        StringBuilder line = new StringBuilder();
        int at = from;
        for (Snippet.Span span : snippet.highlights()) {
            int start = Math.max(span.start(), from);
            int end = Math.min(span.end(), to);
            if (end <= start) {
                continue;
            }
            line.append(text, at, start).append(terminal.highlight(text.substring(start, end)));
            at = end;
        }
        return line.append(text, at, to).toString();
    }

    /**
     * Where an article was indexed from, as short as it can be said: relative to the current directory when the file
     * lies under it ({@code bbc/sport/012.txt}), else absolute; {@code :line} for JSON Lines.
     */
    static String file(Origin origin) {
        Path path = Path.of(origin.path());
        Path here = Path.of("").toAbsolutePath();
        String shown = path.startsWith(here) && !path.equals(here) ? here.relativize(path).toString() : origin.path();
        return origin.line() > 0 ? shown + ":" + origin.line() : shown;
    }

    private static String count(SearchResults results) {
        return (results.totalExact() ? "" : "more than ") + String.format(Locale.ROOT, "%,d", results.total());
    }

    /** The query as typed, on one line: a newline or control character in it would break the summary line. */
    private static String quoted(String query) {
        return "\"" + oneLine(query) + "\"";
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ");
    }
}
