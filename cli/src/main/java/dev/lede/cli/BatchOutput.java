package dev.lede.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lede.BatchResult;
import dev.lede.Hit;
import dev.lede.SearchResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code lede search --batch FILE}: one table of every query's matches, a row per hit (a query without matches
 * gets one row with its count alone), written as each query is done. As text (aligned columns for a terminal), CSV
 * or JSON Lines (one object a row).
 */
final class BatchOutput {
    static final List<String> COLUMNS = List.of("query", "matches", "matches_exact", "rank", "score", "id", "title", "source", "link",
            "published", "path", "line");

    /** Widths of the text table's columns; longer values are cut short with an ellipsis. */
    private static final int[] WIDTHS = {24, 7, 4, 16, 40, 22, 10, 6};

    private BatchOutput() {}

    /** Writes each result's rows to {@code out} in this format ("text", "csv" or "jsonl"), a header first for text and CSV. */
    static Consumer<BatchResult> writer(String format, PrintWriter out) {
        return switch (format) {
            case "csv" -> {
                out.print(ExportOutput.row(COLUMNS));
                yield result -> rows(result).forEach(row -> out.print(ExportOutput.row(row.stream().map(BatchOutput::text).toList())));
            }
            case "jsonl" -> result -> rows(result).forEach(row -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    object.put(COLUMNS.get(i), row.get(i));
                }
                try {
                    out.println(JsonOutput.write(object));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e); // strings, numbers and nulls always serialise
                }
            });
            default -> {
                out.println(line("query", "matches", "rank", "id", "title", "source", "date", "score", "path"));
                yield result -> text(result, out);
            }
        };
    }

    /** One row a hit, in {@link #COLUMNS} order; null where a value is unknown or there is no hit. */
    private static List<List<Object>> rows(BatchResult result) {
        SearchResults results = result.results();
        List<List<Object>> rows = new ArrayList<>();
        if (results.hits().isEmpty()) {
            rows.add(Arrays.asList(result.query(), results.total(), results.totalExact(), null, null, null, null, null, null, null, null, null));
        }
        for (Hit hit : results.hits()) {
            rows.add(Arrays.asList(result.query(), results.total(), results.totalExact(), hit.rank(),
                    Float.parseFloat(String.format(Locale.ROOT, "%.4f", hit.score())), hit.id(), hit.title(), hit.source(), hit.link(),
                    hit.article().publishedDate().map(Object::toString).orElse(null), hit.origin() == null ? null : hit.origin().path(),
                    hit.origin() == null || hit.origin().line() == 0 ? null : hit.origin().line()));
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void text(BatchResult result, PrintWriter out) {
        SearchResults results = result.results();
        String matches = String.format(Locale.ROOT, "%,d", results.total()) + (results.totalExact() ? "" : "+");
        if (results.hits().isEmpty()) {
            out.println(line(result.query(), matches, "", "", "", "", "", "", ""));
        }
        boolean first = true;
        for (Hit hit : results.hits()) {
            out.println(line(first ? result.query() : "", first ? matches : "", String.valueOf(hit.rank()), hit.id(),
                    hit.title().isEmpty() ? "(untitled)" : hit.title(), hit.source(),
                    hit.article().publishedDate().map(Object::toString).orElse(""), String.format(Locale.ROOT, "%.2f", hit.score()),
                    hit.origin() == null ? "" : TextOutput.file(hit.origin())));
            first = false;
        }
    }

    /** One line of the text table: the columns padded to their widths (numbers to the right), the path last and whole. */
    private static String line(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < WIDTHS.length; i++) {
            String cell = fit(cells[i], WIDTHS[i]);
            boolean number = i == 1 || i == 2 || i == 7;
            line.append(number ? String.format("%" + WIDTHS[i] + "s", cell) : String.format("%-" + WIDTHS[i] + "s", cell)).append("  ");
        }
        return line.append(cells[WIDTHS.length]).toString().stripTrailing();
    }

    private static String fit(String value, int width) {
        String flat = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }

    /** The query list, its read errors turned into one sentence naming it (they are the user's file's, not the index's). */
    static Reader queries(Reader in, Path file) {
        return new java.io.FilterReader(in) {
            @Override
            public int read(char[] buffer, int offset, int length) {
                try {
                    return super.read(buffer, offset, length);
                } catch (IOException e) {
                    throw UsageException.unreadable("query list", file, e);
                }
            }
        };
    }
}
