package dev.lede.internal.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Article;
import dev.lede.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads JSON Lines: one JSON object per line, one article per object. Lines are read one at a time,
 * so a file of any size is read in bounded memory; a line over 16 MB is skipped. A bad line is reported and skipped.
 *
 * <p>Accepted field names, first one present wins: title ({@code title}, {@code headline}), body
 * ({@code body}, {@code text}, {@code content}, {@code article}; a string or an array of paragraph
 * strings), link ({@code url}, {@code link}, {@code source_url}), date ({@code date},
 * {@code published}, {@code published_at}; ISO {@code 2024-06-11}, a time after it is ignored), author
 * ({@code author}, {@code authors}, {@code byline}; a string or an array of names, joined with commas) and
 * {@code id}. Each article is handed over with its line number, from 1.
 */
public final class JsonLinesParser {
    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> BODY = List.of("body", "text", "content", "article");
    static final List<String> LINK = List.of("url", "link", "source_url");
    static final List<String> DATE = List.of("date", "published", "published_at");
    static final List<String> AUTHOR = List.of("author", "authors", "byline");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A longer line is reported and skipped without being held in memory. */
    static final int MAX_LINE_BYTES = 16 << 20;
    private static final int BUFFER_BYTES = 1 << 16;

    private JsonLinesParser() {}

    /**
     * Reads the lines of {@code in}. Each line is decoded on its own, so one line that is not valid UTF-8
     * costs nothing else: it is read as Windows-1252 (the usual cause is a Latin-1 byte such as {@code £}
     * or {@code é}, and skipping the article would lose it for one wrong symbol), and the first such line
     * of the file is named in a notice, with a count of the others at the end.
     */
    public static void parse(InputStream in, String location, BiConsumer<Article, Long> articles, Consumer<InputProblem> problems)
            throws IOException {
        Lines lines = new Lines(in);
        TextDecoder decoder = new TextDecoder();
        long number = 0;
        long notUtf8 = 0;
        while (lines.next()) {
            number++;
            if (lines.length > MAX_LINE_BYTES) {
                problems.accept(new InputProblem(location + ":" + number,
                        "line larger than " + (MAX_LINE_BYTES >> 20) + " MB, too large for one article"));
                continue;
            }
            TextDecoder.Decoded decoded = decoder.utf8OrWindows1252(lines.bytes, 0, (int) lines.length);
            String text = number == 1 ? TextCleaning.stripBom(decoded.text()) : decoded.text();
            if (text.isBlank()) {
                continue;
            }
            try {
                Article article = parseLine(text);
                if (decoded.windows1252() && notUtf8++ == 0) {
                    problems.accept(InputProblem.notice(location + ":" + number, TextDecoder.NOT_UTF8));
                }
                articles.accept(article, number);
            } catch (BadLine bad) {
                problems.accept(new InputProblem(location + ":" + number, bad.getMessage()));
            }
        }
        if (notUtf8 > 1) {
            problems.accept(InputProblem.notice(location, (notUtf8 - 1) + " more " + (notUtf8 == 2 ? "line" : "lines")
                    + " not valid UTF-8; read as Windows-1252"));
        }
    }

    /**
     * The lines of a stream as bytes, without the line end; of a line longer than {@link #MAX_LINE_BYTES}
     * only that many bytes (and its true length) are kept, so a huge line costs no memory.
     */
    private static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER_BYTES];
        private int position;
        private int limit;
        byte[] bytes = new byte[1024];
        /** The length of the current line, which may exceed what {@link #bytes} holds. */
        long length;

        Lines(InputStream in) {
            this.in = in;
        }

        /** Reads the next line; false at the end of the input. */
        boolean next() throws IOException {
            length = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        stripCarriageReturn();
                        return any;
                    }
                }
                any = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                append(position, end - position);
                if (end < limit) {
                    position = end + 1;
                    stripCarriageReturn();
                    return true;
                }
                position = limit;
            }
        }

        private void append(int from, int count) {
            int keep = (int) Math.max(0, Math.min(count, MAX_LINE_BYTES + 1L - length));
            if (keep > 0) {
                if (length + keep > bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_LINE_BYTES + 1L, Math.max(length + keep, 2L * bytes.length)));
                }
                System.arraycopy(buffer, from, bytes, (int) length, keep);
            }
            length += count;
        }

        private void stripCarriageReturn() {
            if (length > 0 && length <= MAX_LINE_BYTES && bytes[(int) length - 1] == '\r') {
                length--;
            }
        }
    }

    /** The article on one line; throws {@link BadLine} with a one-sentence reason. */
    static Article parseLine(String line) throws BadLine {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (StreamConstraintsException e) {
            throw new BadLine(beyondLimit(e.getMessage()));
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
        String author = text(node, AUTHOR).replace("\n\n", ", ");
        return new Article(id, text(node, TITLE), body, text(node, LINK), date(node), List.of(), author);
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

    /** Which of the JSON reader's limits a line exceeds, in lede's words; the reader's message names its own setting. */
    private static String beyondLimit(String message) {
        String text = message == null ? "" : message;
        StreamReadConstraints limits = JSON.getFactory().streamReadConstraints();
        if (text.contains("NestingDepth")) {
            return "JSON nested more than " + grouped(limits.getMaxNestingDepth()) + " levels deep";
        }
        if (text.contains("NumberLength")) {
            return "a number longer than " + grouped(limits.getMaxNumberLength()) + " digits";
        }
        if (text.contains("NameLength")) {
            return "a field name longer than " + grouped(limits.getMaxNameLength()) + " characters";
        }
        if (text.contains("StringLength")) {
            return "a text longer than " + grouped(limits.getMaxStringLength()) + " characters";
        }
        return "JSON too large to read";
    }

    private static String grouped(int number) {
        return String.format(Locale.ROOT, "%,d", number);
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
