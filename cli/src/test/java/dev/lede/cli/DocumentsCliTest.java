package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of PDF, Word and e-mail files, indexed and searched by the real program; the documents are made here. */
class DocumentsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static Path folder;
    static String index;
    static LedeProcess.Run indexed;

    @BeforeAll
    static void indexAFolderOfDocuments() throws Exception {
        folder = Files.createDirectories(work.resolve("inbox"));
        writePdf(folder.resolve("pier.pdf"));
        writeScan(folder.resolve("scan.pdf"));
        try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(folder.resolve("budget.docx"))) {
            word.getProperties().getCoreProperties().setTitle("Libraries face budget cut");
            word.getProperties().getCoreProperties().setCreated("2023-11-20T08:00:00Z");
            word.createParagraph().createRun().setText("The county plans to shut four branch libraries next spring to save money.");
            word.write(out);
        }
        Files.writeString(folder.resolve("tip.eml"), """
                From: Jane Reporter <jane@example.org>\r
                To: desk@example.org\r
                Subject: Ferry operator owes harbour dues\r
                Date: Wed, 06 Mar 2024 16:40:00 +0000\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                The ferry operator has not paid its harbour dues since January.\r
                """, StandardCharsets.UTF_8);
        index = work.resolve("index").toString();
        indexed = LedeProcess.run(work, "index", "--index", index, "inbox");
    }

    private static void writePdf(Path file) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle("Pier to close after cracks found");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.MARCH, 5, 9, 30);
            pdf.getDocumentInformation().setCreationDate(created);
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Engineers found cracks in the supports of the old pier, which the council will close.");
                text.endText();
            }
            pdf.save(file.toFile());
        }
    }

    /** A page that is only a picture, as a scanner makes it. */
    private static void writeScan(Path file) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, new BufferedImage(120, 80, BufferedImage.TYPE_BYTE_GRAY)), 72, 400);
            }
            pdf.save(file.toFile());
        }
    }

    private static JsonNode search(String query) throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--json", query);
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out()).get("hits");
    }

    @Test
    void indexingTheFolderReadsTheDocumentsAndSkipsTheScanWithOneSentence() {
        assertEquals(ExitCode.BAD_INPUT, indexed.exitCode(), indexed.err());
        assertTrue(indexed.out().contains("3 added, 0 updated, 0 unchanged, 1 skipped."), indexed.out());
        Path scan = Path.of("inbox", "scan.pdf");
        assertEquals(List.of("lede: skipped " + scan + ": has no text layer (a scanned image?); not indexed"),
                indexed.err().lines().toList());
    }

    @Test
    void searchFindsEachDocument() throws Exception {
        JsonNode pier = search("cracks pier").get(0);
        assertEquals("Pier to close after cracks found", pier.get("title").asText());
        assertTrue(pier.get("path").asText().endsWith("pier.pdf"), pier.toString());
        assertEquals("Libraries face budget cut", search("libraries").get(0).get("title").asText());
        JsonNode tip = search("ferry dues").get(0);
        assertEquals("Ferry operator owes harbour dues", tip.get("title").asText());
        assertTrue(tip.get("path").asText().endsWith("tip.eml"), tip.toString());
    }

    @Test
    void indexingTheFolderAgainChangesNothing() throws Exception {
        Path again = work.resolve("again");
        LedeProcess.Run first = LedeProcess.run(work, "index", "--index", again.toString(), "inbox");
        LedeProcess.Run second = LedeProcess.run(work, "index", "--index", again.toString(), "inbox");
        assertEquals(ExitCode.BAD_INPUT, first.exitCode(), first.err());
        assertTrue(second.out().contains("0 added, 0 updated, 3 unchanged, 1 skipped."), second.out());
    }

    @Test
    void parseShowsThePdfsTitleAndDate() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "parse", "inbox/pier.pdf");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("title:  Pier to close after cracks found"), run.out());
        assertTrue(run.out().contains("date:   2024-03-05"), run.out());
        assertTrue(run.out().contains("Engineers found cracks in the supports"), run.out());
    }

    @Test
    void parseSaysWhyAScanIsNotRead() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "parse", "inbox/scan.pdf");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("scan.pdf: has no text layer (a scanned image?); not indexed"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** Tika is loaded only to read a document: not by a search, not by indexing text files. */
    @Test
    void tikaLoadsOnlyWhenADocumentIsRead() throws Exception {
        Path text = Files.createDirectories(work.resolve("text"));
        Files.writeString(text.resolve("story.txt"), "Harbour reopens\n\nThe harbour reopened on Friday.\n");
        String textIndex = work.resolve("text-index").toString();
        assertEquals(0, tikaClasses("index", "--index", textIndex, "text"));
        assertEquals(0, tikaClasses("search", "--index", index, "ferry"));
        assertTrue(tikaClasses("parse", "inbox/tip.eml") > 0);
    }

    private static long tikaClasses(String... args) throws Exception {
        Process process = LedeProcess.start(work, Map.of(), List.of("-verbose:class"), args);
        process.getOutputStream().close();
        LedeProcess.Run run = LedeProcess.finish(process);
        assertTrue(run.exitCode() == 0, run.err());
        return run.out().lines().filter(line -> line.contains("org.apache.tika")).count();
    }
}
