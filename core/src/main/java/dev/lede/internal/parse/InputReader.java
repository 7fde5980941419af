package dev.lede.internal.parse;

import dev.lede.Article;
import dev.lede.InputProblem;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the articles in one file, whatever its format: JSON Lines ({@code .jsonl}, {@code .ndjson}),
 * scraped page text (anything else that is text), each optionally gzip-compressed ({@code .gz}).
 * Articles and problems are handed over as they are read, so large files need little memory.
 */
public final class InputReader {
    /** A scraped page is one article; anything this large is not one. */
    static final int MAX_TEXT_BYTES = 16 * 1024 * 1024;

    private InputReader() {}

    public static void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String location = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            read(raw, file.getFileName() == null ? "" : file.getFileName().toString(), location, articles, problems);
        } catch (NoSuchFileException e) {
            problems.accept(new InputProblem(location, "no such file"));
        } catch (IOException e) {
            problems.accept(new InputProblem(location, "could not be read: " + plain(e)));
        }
    }

    /** Reads {@code in}, whose format is told by {@code name}'s extension or, failing that, its content. */
    public static void read(InputStream in, String name, String location, Consumer<Article> articles,
            Consumer<InputProblem> problems) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        InputStream input = new BufferedInputStream(in);
        if (lower.endsWith(".gz")) {
            try {
                input = new BufferedInputStream(new GZIPInputStream(input));
            } catch (ZipException | EOFException e) {
                problems.accept(new InputProblem(location, "not a valid gzip file"));
                return;
            }
            lower = lower.substring(0, lower.length() - 3);
        }
        try {
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || (!hasTextExtension(lower) && startsWithBrace(input))) {
                JsonLinesParser.parse(utf8Lines(input), location, articles, problems);
            } else {
                readScrapedText(input, location, articles, problems);
            }
        } catch (CharacterCodingException e) {
            problems.accept(new InputProblem(location, "not valid UTF-8 text"));
        } catch (ZipException | EOFException e) {
            problems.accept(new InputProblem(location, "compressed data is truncated or corrupt"));
        }
    }

    private static void readScrapedText(InputStream input, String location, Consumer<Article> articles,
            Consumer<InputProblem> problems) throws IOException {
        byte[] bytes = input.readNBytes(MAX_TEXT_BYTES + 1);
        if (bytes.length > MAX_TEXT_BYTES) {
            problems.accept(new InputProblem(location, "larger than " + (MAX_TEXT_BYTES >> 20) + " MB, too large for one article"));
            return;
        }
        if (isBinary(bytes)) {
            problems.accept(new InputProblem(location, "binary data, not text"));
            return;
        }
        String text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        Article article = ScrapedTextParser.parse(text);
        if (article == null || article.body().isEmpty()) {
            problems.accept(new InputProblem(location, text.isBlank() ? "empty file" : "no article text"));
        } else {
            articles.accept(article);
        }
    }

    private static boolean hasTextExtension(String name) {
        return name.endsWith(".txt") || name.endsWith(".text");
    }

    private static boolean startsWithBrace(InputStream input) throws IOException {
        input.mark(4096);
        try {
            int c;
            int seen = 0;
            while ((c = input.read()) != -1 && seen++ < 4096) {
                if (c == '{') {
                    return true;
                }
                if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                    return false;
                }
            }
            return false;
        } finally {
            input.reset();
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

    private static BufferedReader utf8Lines(InputStream input) {
        return new BufferedReader(new InputStreamReader(input, strictUtf8()));
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static String plain(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
