package dev.lede.documents;

import dev.lede.Article;
import dev.lede.DocumentReader.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Reads one document through Tika. Only this class names Tika, so Tika loads with the first document read. */
final class TikaDocuments {
    /** One article's worth of text, as core allows for a text file; more is not one article. */
    static final int MAX_CHARS = 16 * 1024 * 1024;
    /** A first paragraph this short, with no sentence end, heads a document that has no title of its own. */
    private static final int MAX_TITLE_CHARS = 200;
    private static final Pattern ADDRESS = Pattern.compile("\\s*<[^>]*@[^>]*>\\s*$");

    /**
     * Only the parsers of the kinds lede reads: content that turns out to be of another kind gives no text, and
     * nothing else Tika ships (OCR run as an outside program, archives) is ever started. Thread-safe, built once.
     */
    private static final Parser PARSER = new AutoDetectParser(new DefaultDetector(), new PDFParser(), new OOXMLParser(),
            new OfficeParser(), new OpenDocumentParser(), new RFC822Parser());

    /** What an e-mail's parts are read with: its text or HTML body, not its attachments (nor a PDF's embedded files). */
    private static final Parser PARTS = new BodyParts(new AutoDetectParser(new DefaultDetector(), new TXTParser(), new JSoupParser()));
    /** An e-mail's header is read for its Date line up to here; longer headers fall back to Tika's date. */
    private static final int MAIL_HEADER_BYTES = 64 * 1024;
    private static final Pattern DATE_LINE = Pattern.compile("(?im)^Date:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)");

    private TikaDocuments() {}

    static Result read(InputStream content, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        Paragraphs paragraphs = new Paragraphs(MAX_CHARS);
        String kind = kindOf(fileName);
        LocalDate sent = null;
        try (TikaInputStream input = TikaInputStream.get(new UnclosedInput(content))) {
            if (fileName.toLowerCase(Locale.ROOT).endsWith(".eml")) {
                sent = sentDay(input);
            }
            PARSER.parse(input, new BodyContentHandler(paragraphs), metadata, context());
        } catch (ZeroByteFileException e) {
            return Result.unreadable("empty file");
        } catch (EncryptedDocumentException e) {
            return Result.unreadable("is protected by a password; not indexed");
        } catch (UnclosedInput.ReadFailure e) {
            throw e.getCause();
        } catch (TikaException | SAXException | RuntimeException e) {
            if (e.getCause() instanceof UnclosedInput.ReadFailure failure) {
                throw failure.getCause();
            }
            return Result.unreadable("could not be read as " + kind + " file (damaged, or not one); not indexed");
        } catch (IOException e) {
            // Parsers report damaged content as IOExceptions too; the input's own failures came as ReadFailure above.
            return Result.unreadable("could not be read as " + kind + " file (damaged, or not one); not indexed");
        }
        if (paragraphs.tooLong()) {
            return Result.unreadable("holds more text than one article (over " + (MAX_CHARS >> 20) + " million characters); not indexed");
        }
        List<String> text = new ArrayList<>(paragraphs.list());
        if (text.isEmpty()) {
            boolean pdf = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).startsWith("application/pdf");
            return Result.unreadable(pdf ? "has no text layer (a scanned image?); not indexed" : "holds no text; not indexed");
        }
        String title = first(metadata, TikaCoreProperties.TITLE);
        if (title.isEmpty() && looksLikeTitle(text.get(0)) && text.size() > 1) {
            title = text.remove(0);
        } else if (!title.isEmpty() && text.size() > 1 && text.get(0).equalsIgnoreCase(title)) {
            text.remove(0);
        }
        Article article = new Article(null, title, String.join("\n\n", text), "", sent != null ? sent : dateOf(metadata), List.of(),
                authorOf(metadata));
        return Result.of(article);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        // The text a reader sees on the page: no outline, no notes in annotations, no pictures read.
        pdf.setExtractBookmarksText(false);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, PARTS);
        return context;
    }

    /** "a PDF", "a Word", ... as the file's name says, for the sentence that says it could not be read. */
    static String kindOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "a PDF";
        }
        if (lower.endsWith(".docx") || lower.endsWith(".doc")) {
            return "a Word";
        }
        if (lower.endsWith(".odt")) {
            return "an OpenDocument";
        }
        return lower.endsWith(".eml") ? "an e-mail" : "a document";
    }

    /** When it was written: created, else last modified (an e-mail's Date is its created); the day in UTC. */
    private static LocalDate dateOf(Metadata metadata) {
        for (Property property : List.of(TikaCoreProperties.CREATED, TikaCoreProperties.MODIFIED)) {
            Date date = metadata.getDate(property);
            if (date != null) {
                return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            }
        }
        return null;
    }

    /**
     * The day an e-mail was sent where it was sent, from its Date line ("Thu, 7 Mar 2024 23:30:00 -0500" is 7 March,
     * which Tika's date, in UTC, makes the 8th); null when the line is missing or not in the standard form.
     */
    private static LocalDate sentDay(TikaInputStream input) throws IOException {
        input.mark(MAIL_HEADER_BYTES);
        byte[] head;
        try {
            head = input.readNBytes(MAIL_HEADER_BYTES);
        } finally {
            input.reset();
        }
        String header = new String(head, StandardCharsets.ISO_8859_1).split("\\r?\\n\\r?\\n", 2)[0];
        Matcher line = DATE_LINE.matcher(header);
        if (!line.find()) {
            return null;
        }
        String date = line.group(1).replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notStandard) {
            return null;
        }
    }

    /** The creators as named, without their e-mail addresses ("Jane Doe <jane@example.org>" is Jane Doe). */
    private static String authorOf(Metadata metadata) {
        List<String> names = new ArrayList<>();
        for (String creator : metadata.getValues(TikaCoreProperties.CREATOR)) {
            String name = creator.strip();
            String bare = ADDRESS.matcher(name).replaceAll("").replace("\"", "").strip();
            name = bare.isEmpty() ? name.replaceAll("[<>]", "") : bare;
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }

    private static String first(Metadata metadata, Property property) {
        String value = metadata.get(property);
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }

    private static boolean looksLikeTitle(String paragraph) {
        return paragraph.length() <= MAX_TITLE_CHARS && !paragraph.matches(".*[.!?:;,]$");
    }
}
