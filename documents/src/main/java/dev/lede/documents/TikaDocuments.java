package dev.lede.documents;

import dev.lede.Article;
import dev.lede.DocumentReader.Result;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
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

    /**
     * What an e-mail's parts are read with: its text and HTML bodies. Attachments of other kinds are left out (a
     * message's article is its text), and so are a PDF's embedded files unless they are text.
     */
    private static final Parser PARTS = new AutoDetectParser(new DefaultDetector(), new TXTParser(), new JSoupParser());

    private TikaDocuments() {}

    static Result read(InputStream content, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        Paragraphs paragraphs = new Paragraphs(MAX_CHARS);
        String kind = kindOf(fileName);
        try (TikaInputStream input = TikaInputStream.get(new UnclosedInput(content))) {
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
        Article article = new Article(null, title, String.join("\n\n", text), "", dateOf(metadata), List.of(), authorOf(metadata));
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
