package dev.lede.internal.parse;

import dev.lede.Article;
import dev.lede.DocumentReader;
import dev.lede.InputFormat;
import dev.lede.InputProblem;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the articles in one file, whatever its format: JSON Lines ({@code .jsonl}, {@code .ndjson}),
 * HTML pages ({@code .html}, {@code .htm}), scraped page text ({@code .txt}), each optionally
 * gzip-compressed ({@code .gz}); without a known extension the first characters tell. Other kinds of file (PDF,
 * Word, ...) go to the {@link dev.lede.DocumentReader} on the class path that reads them, if there is one.
 * Articles (with their line number for JSON Lines, else 0) and problems are handed over as they are read, so large files need little memory.
 */
public final class InputReader {
    /** A scraped page is one article; anything this large is not one. */
    static final int MAX_TEXT_BYTES = 16 * 1024 * 1024;
    private static final int SNIFF_BYTES = 1024;
    /** The path that means standard input. */
    public static final String STANDARD_INPUT = "-";

    private InputReader() {}

    public static void read(Path file, InputFormat format, BiConsumer<Article, Long> articles, Consumer<InputProblem> problems) {
        if (file.toString().equals(STANDARD_INPUT)) {
            try {
                read(System.in, STANDARD_INPUT, "standard input", format, articles, problems);
            } catch (IOException e) {
                problems.accept(new InputProblem("standard input", "could not be read: " + plain(e)));
            }
            return;
        }
        String location = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            read(raw, file.getFileName() == null ? "" : file.getFileName().toString(), location, format, articles, problems);
        } catch (NoSuchFileException e) {
            problems.accept(new InputProblem(location, "no such file"));
        } catch (IOException e) {
            problems.accept(new InputProblem(location, "could not be read: " + plain(e)));
        }
    }

    /** Reads {@code in}; with {@link InputFormat#AUTO}, {@code name}'s extension or else the content tells the format. */
    public static void read(InputStream in, String name, String location, InputFormat format,
            BiConsumer<Article, Long> articles, Consumer<InputProblem> problems) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        InputStream input = new BufferedInputStream(in);
        if (lower.endsWith(".gz") || isGzip(input)) {
            try {
                input = new BufferedInputStream(new GZIPInputStream(input));
            } catch (ZipException | EOFException e) {
                problems.accept(new InputProblem(location, "not a valid gzip file"));
                return;
            }
            lower = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        }
        try {
            Optional<DocumentReader> document = format == InputFormat.AUTO && !isCoreFile(lower)
                    ? DocumentReaders.readerOf(lower) : Optional.empty();
            if (document.isPresent()) {
                DocumentReaders.read(document.get(), input, lower, location, articles, problems);
                return;
            }
            switch (format == InputFormat.AUTO ? formatOf(lower, input) : format) {
                case JSON_LINES -> JsonLinesParser.parse(input, location, articles, problems);
                case HTML -> readWhole(input, location, articles, problems, TextDecoder::html, HtmlArticleParser::parse);
                default -> readWhole(input, location, articles, problems, TextDecoder::text, ScrapedTextParser::parse);
            }
        } catch (ZipException | EOFException e) {
            problems.accept(new InputProblem(location, "compressed data is truncated or corrupt"));
        }
    }

    /**
     * Whether a name has an extension lede reads, itself or through a {@link dev.lede.DocumentReader}; other files in
     * a directory are left alone.
     */
    public static boolean isArticleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        return isCoreFile(lower) || DocumentReaders.readerOf(lower).isPresent();
    }

    /** Whether a lower-case name (without {@code .gz}) has an extension core reads itself. */
    private static boolean isCoreFile(String lower) {
        return InputFormat.ofName(lower).isPresent();
    }

    private static InputFormat formatOf(String name, InputStream input) throws IOException {
        Optional<InputFormat> named = InputFormat.ofName(name);
        if (named.isPresent()) {
            return named.get();
        }
        String start = firstCharacters(input);
        if (start.startsWith("{")) {
            return InputFormat.JSON_LINES;
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || (lower.startsWith("<") && lower.contains("<body"))) {
            return InputFormat.HTML;
        }
        return InputFormat.TEXT;
    }

    /** The first characters of the input after any byte-order mark and white space, the input left unread. */
    private static String firstCharacters(InputStream input) throws IOException {
        input.mark(SNIFF_BYTES);
        try {
            byte[] head = input.readNBytes(SNIFF_BYTES);
            String text = new String(head, StandardCharsets.UTF_8);
            return TextCleaning.stripBom(text).stripLeading();
        } finally {
            input.reset();
        }
    }

    private static boolean isGzip(InputStream input) throws IOException {
        input.mark(2);
        try {
            return input.read() == 0x1f && input.read() == 0x8b;
        } finally {
            input.reset();
        }
    }

    /**
     * Formats with one article per input: read it all (up to a limit), decode it, then parse. Text that is
     * not valid UTF-8 is read as Windows-1252 with a notice rather than skipped, as browsers read it.
     */
    private static void readWhole(InputStream input, String location, BiConsumer<Article, Long> articles,
            Consumer<InputProblem> problems, BiFunction<TextDecoder, byte[], TextDecoder.Decoded> decoding,
            Function<String, Article> parser) throws IOException {
        byte[] bytes = input.readNBytes(MAX_TEXT_BYTES + 1);
        if (bytes.length > MAX_TEXT_BYTES) {
            problems.accept(new InputProblem(location, "larger than " + (MAX_TEXT_BYTES >> 20) + " MB, too large for one article"));
            return;
        }
        if (isBinary(bytes) && !TextDecoder.hasUtf16Bom(bytes)) {
            problems.accept(new InputProblem(location, "binary data, not text"));
            return;
        }
        TextDecoder.Decoded decoded = decoding.apply(new TextDecoder(), bytes);
        String text = decoded.text();
        Article article = text.isBlank() ? null : parser.apply(text);
        if (article == null || article.body().isEmpty()) {
            problems.accept(new InputProblem(location, text.isBlank() ? "empty file" : "no article text"));
        } else {
            if (decoded.windows1252()) {
                problems.accept(InputProblem.notice(location, TextDecoder.NOT_UTF8));
            }
            articles.accept(article, 0L);
        }
    }

    private static boolean isBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static String plain(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
