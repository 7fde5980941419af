package dev.lede.internal.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Article;
import dev.lede.InputProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads JSON Lines: one JSON object per line, one article per object. Lines are read one at a time,
 * so a file of any size is read in bounded memory; a line over 16 million characters is skipped. A bad line is reported and skipped.
 *
 * <p>Accepted field names, first one present wins: title ({@code title}, {@code headline}), body
 * ({@code body}, {@code text}, {@code content}, {@code article}; a string or an array of paragraph
 * strings), link ({@code url}, {@code link}, {@code source_url}), date ({@code date},
 * {@code published}, {@code published_at}; ISO {@code 2024-06-11}, a time after it is ignored) and
 * {@code id}. Each article is handed over with its line number, from 1.
 */
public final class JsonLinesParser {
    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> BODY = List.of("body", "text", "content", "article");
    static final List<String> LINK = List.of("url", "link", "source_url");
    static final List<String> DATE = List.of("date", "published", "published_at");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A longer line is reported and skipped without being held in memory. */
    static final int MAX_LINE_CHARS = 16 << 20;

    private JsonLinesParser() {}

    public static void parse(BufferedReader lines, String location, BiConsumer<Article, Long> articles, Consumer<InputProblem> problems)
            throws IOException {
        StringBuilder line = new StringBuilder();
        long number = 0;
        boolean more = true;
        while (more) {
            line.setLength(0);
            more = readLine(lines, line);
            if (!more && line.isEmpty()) {
                break;
            }
            number++;
            if (line.length() > MAX_LINE_CHARS) {
                problems.accept(new InputProblem(location + ":" + number,
                        "line longer than " + (MAX_LINE_CHARS >> 20) + " million characters, too large for one article"));
                continue;
            }
            String text = number == 1 ? TextCleaning.stripBom(line.toString()) : line.toString();
            if (text.isBlank()) {
                continue;
            }
            try {
                articles.accept(parseLine(text), number);
            } catch (BadLine bad) {
                problems.accept(new InputProblem(location + ":" + number, bad.getMessage()));
            }
        }
    }

    /**
     * Reads one line into {@code line}, keeping at most {@link #MAX_LINE_CHARS} + 1 characters of it so that a
     * huge line costs no memory; returns false at the end of the input.
     */
    private static boolean readLine(BufferedReader in, StringBuilder line) throws IOException {
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                stripCarriageReturn(line);
                return true;
            }
            if (line.length() <= MAX_LINE_CHARS) {
                line.append((char) c);
            }
        }
        stripCarriageReturn(line);
        return false;
    }

    private static void stripCarriageReturn(StringBuilder line) {
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
    }

    /** The article on one line; throws {@link BadLine} with a one-sentence reason. */
    static Article parseLine(String line) throws BadLine {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        String body = text(node, BODY);
        if (body.isBlank()) {
            throw new BadLine("no article text (expected one of the fields " + String.join(", ", BODY) + ")");
        }
        String id = text(node, List.of("id"));
        return new Article(id, text(node, TITLE), body, text(node, LINK), date(node), List.of());
    }

    private static String text(JsonNode node, List<String> fields) throws BadLine {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isValueNode()) {
                return value.asText();
            }
            if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode part : value) {
                    if (!part.isValueNode()) {
                        throw new BadLine("field " + field + " holds something other than text");
                    }
                    parts.add(part.asText());
                }
                return String.join("\n\n", parts);
            }
            throw new BadLine("field " + field + " holds an object, not text");
        }
        return "";
    }

    private static LocalDate date(JsonNode node) throws BadLine {
        String text = text(node, DATE).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new BadLine("date \"" + abbreviate(text) + "\" is not an ISO date like 2024-06-11");
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message.strip();
        int end = text.indexOf('\n');
        text = end < 0 ? text : text.substring(0, end);
        return text.isEmpty() ? "unreadable" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** A line that holds no usable article. */
    static final class BadLine extends Exception {
        BadLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
