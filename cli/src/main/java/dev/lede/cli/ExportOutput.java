package dev.lede.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lede.Hit;
import dev.lede.Name;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code lede search --format csv|jsonl}: every match as a row, written as it is found, for a spreadsheet or a
 * notebook. CSV as RFC 4180 has it (a header row; a field with a comma, a quote or a line break quoted, its quotes
 * doubled); JSON Lines as one {@code --json} hit per line.
 */
final class ExportOutput {
    static final List<String> COLUMNS = List.of("rank", "score", "id", "title", "source", "link", "path", "line", "published", "names",
            "snippet");

    private ExportOutput() {}

    /** Writes each hit to {@code out} in this format ("csv" or "jsonl"), the CSV header first. */
    static Consumer<Hit> writer(String format, boolean snippets, PrintWriter out) {
        if (format.equals("jsonl")) {
            return hit -> {
                try {
                    out.println(JsonOutput.write(JsonOutput.hit(hit, snippets)));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e); // maps of strings and numbers always serialise
                }
            };
        }
        out.print(row(COLUMNS));
        return hit -> out.print(row(List.of(String.valueOf(hit.rank()), String.format(Locale.ROOT, "%.4f", hit.score()),
                hit.id(), hit.title(), hit.source(), hit.link(),
                hit.origin() == null ? "" : hit.origin().path(),
                hit.origin() == null || hit.origin().line() == 0 ? "" : String.valueOf(hit.origin().line()),
                hit.article().publishedDate().map(Object::toString).orElse(""),
                hit.names().stream().map(Name::text).collect(Collectors.joining("; ")),
                snippets ? hit.snippet().text() : "")));
    }

    /** One CSV record, its line break included. */
    static String row(List<String> fields) {
        return fields.stream().map(ExportOutput::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** A field as CSV: quoted, with its quotes doubled, when it holds a comma, a quote or a line break. */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
