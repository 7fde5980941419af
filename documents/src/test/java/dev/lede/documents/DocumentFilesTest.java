package dev.lede.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Article;
import dev.lede.IndexListener;
import dev.lede.IndexReport;
import dev.lede.InputProblem;
import dev.lede.Lede;
import dev.lede.ParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, Word, OpenDocument and e-mail files, read through lede's public entry points as any caller reads them. */
class DocumentFilesTest {
    private static final List<String> HARBOUR = List.of("Harbour council votes to close the old pier",
            "The council voted on Tuesday to close the old pier after engineers found cracks in its supports.",
            "Fishermen who use the pier said they would appeal against the decision.");

    @TempDir
    Path work;

    private static Article onlyArticle(ParseResult result) {
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.articles().size());
        return result.articles().get(0).article();
    }

    private static InputProblem onlyProblem(ParseResult result) {
        assertEquals(List.of(), result.articles());
        assertEquals(1, result.problems().size(), result.problems().toString());
        InputProblem problem = result.problems().get(0);
        assertTrue(problem.skipped());
        return problem;
    }

    @Test
    void aPdfGivesItsTitleDateAuthorAndText() throws Exception {
        Path pdf = TestDocuments.pdf(work.resolve("pier.pdf"), "Pier to close", "Ann Writer", TestDocuments.utc(2024, 3, 5),
                HARBOUR, 10);
        Article article = onlyArticle(Lede.parse(pdf));
        assertEquals("Pier to close", article.title());
        assertEquals(LocalDate.of(2024, 3, 5), article.published());
        assertEquals("Ann Writer", article.author());
        assertTrue(article.body().contains("engineers found cracks in its supports"), article.body());
        assertTrue(article.body().contains("Fishermen who use the pier"), article.body());
    }

    @Test
    void aScannedPdfIsSkippedWithAPlainReason() throws Exception {
        Path scan = TestDocuments.scannedPdf(work.resolve("scan.pdf"));
        InputProblem problem = onlyProblem(Lede.parse(scan));
        assertEquals(scan.toString(), problem.location());
        assertEquals("has no text layer (a scanned image?); not indexed", problem.reason());
    }

    @Test
    void aPasswordProtectedPdfIsSkippedWithAPlainReason() throws Exception {
        Path locked = TestDocuments.passwordPdf(work.resolve("locked.pdf"));
        assertEquals("is protected by a password; not indexed", onlyProblem(Lede.parse(locked)).reason());
    }

    @Test
    void aDamagedPdfIsSkippedWithOneSentence() throws Exception {
        Path whole = TestDocuments.pdf(work.resolve("whole.pdf"), "Pier to close", "", TestDocuments.utc(2024, 3, 5), HARBOUR, 10);
        byte[] bytes = Files.readAllBytes(whole);
        Path damaged = Files.write(work.resolve("damaged.pdf"), java.util.Arrays.copyOf(bytes, 40));
        String reason = onlyProblem(Lede.parse(damaged)).reason();
        assertEquals("could not be read as a PDF file (damaged, or not one); not indexed", reason);
    }

    @Test
    void aWordDocumentGivesItsTitleDateAuthorAndText() throws Exception {
        Path docx = TestDocuments.docx(work.resolve("pier.docx"), "Pier to close", "Ben Editor", "2023-11-20T08:00:00Z", HARBOUR);
        Article article = onlyArticle(Lede.parse(docx));
        assertEquals("Pier to close", article.title());
        assertEquals(LocalDate.of(2023, 11, 20), article.published());
        assertEquals("Ben Editor", article.author());
        assertTrue(article.body().contains("engineers found cracks"), article.body());
    }

    @Test
    void aDocumentWithoutATitleIsHeadedByItsFirstLine() throws Exception {
        Path docx = TestDocuments.docx(work.resolve("untitled.docx"), null, null, "2023-11-20T08:00:00Z", HARBOUR);
        Article article = onlyArticle(Lede.parse(docx));
        assertEquals(HARBOUR.get(0), article.title());
        assertEquals(HARBOUR.get(1) + "\n\n" + HARBOUR.get(2), article.body());
    }

    @Test
    void anOpenDocumentTextGivesItsTitleDateAndText() throws Exception {
        Path odt = TestDocuments.odt(work.resolve("pier.odt"), "Pier to close", "2022-06-01T12:00:00", HARBOUR);
        Article article = onlyArticle(Lede.parse(odt));
        assertEquals("Pier to close", article.title());
        assertEquals(LocalDate.of(2022, 6, 1), article.published());
        assertTrue(article.body().contains("Fishermen who use the pier"), article.body());
    }

    @Test
    void anEmailGivesItsSubjectDateSenderAndText() throws Exception {
        Path eml = TestDocuments.eml(work.resolve("tip.eml"), "Jane Reporter <jane@example.org>", "Pier cracks: engineers' report",
                "Tue, 05 Mar 2024 10:15:00 +0100", "The engineers' report is attached to the council minutes.\n\nCall me.");
        Article article = onlyArticle(Lede.parse(eml));
        assertEquals("Pier cracks: engineers' report", article.title());
        assertEquals(LocalDate.of(2024, 3, 5), article.published());
        assertEquals("Jane Reporter", article.author());
        assertEquals("The engineers' report is attached to the council minutes.\n\nCall me.", article.body());
    }

    @Test
    void anEmailIsDatedTheDayItWasSentWhereItWasSent() throws Exception {
        Path eml = TestDocuments.eml(work.resolve("late.eml"), "desk@example.org", "Late news", "Thu, 7 Mar 2024 23:30:00 -0500 (EST)",
                "Sent late in New York.");
        assertEquals(LocalDate.of(2024, 3, 7), onlyArticle(Lede.parse(eml)).published());
    }

    @Test
    void anEmailsAttachmentsAreNotPartOfItsText() throws Exception {
        Path eml = Files.writeString(work.resolve("with-attachments.eml"), """
                From: Jane Reporter <jane@example.org>\r
                Subject: Minutes attached\r
                Date: Tue, 05 Mar 2024 10:15:00 +0000\r
                MIME-Version: 1.0\r
                Content-Type: multipart/mixed; boundary="outer"\r
                \r
                --outer\r
                Content-Type: multipart/alternative; boundary="inner"\r
                \r
                --inner\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                The minutes are attached.\r
                --inner\r
                Content-Type: text/html; charset=UTF-8\r
                \r
                <html><head><title>Minutes</title></head><body><p>The minutes are attached.</p></body></html>\r
                --inner--\r
                --outer\r
                Content-Type: text/plain; name="minutes.txt"\r
                Content-Disposition: attachment; filename="minutes.txt"\r
                \r
                Item 4: the pier.\r
                --outer--\r
                """);
        assertEquals("The minutes are attached.", onlyArticle(Lede.parse(eml)).body());
    }

    @Test
    void aWordDocumentNamedDocIsReadByWhatItHolds() throws Exception {
        Path doc = TestDocuments.docx(work.resolve("pier.doc"), "Pier to close", "Ben Editor", "2023-11-20T08:00:00Z", HARBOUR);
        assertEquals("Pier to close", onlyArticle(Lede.parse(doc)).title());
    }

    @Test
    void theIdFollowsCoreRulesSoTheSameDocumentKeepsItsIdWherever() throws Exception {
        Path docx = TestDocuments.docx(work.resolve("pier.docx"), "Pier to close", "Ben Editor", "2023-11-20T08:00:00Z", HARBOUR);
        Path copy = Files.copy(docx, Files.createDirectories(work.resolve("elsewhere")).resolve("renamed.docx"));
        Article article = onlyArticle(Lede.parse(docx));
        assertEquals(Article.of(article.title(), article.body(), "").id(), article.id());
        assertEquals(article.id(), onlyArticle(Lede.parse(copy)).id());
    }

    @Test
    void aFolderOfDocumentsIsIndexedAndIndexingItAgainChangesNothing() throws Exception {
        Path folder = Files.createDirectories(work.resolve("inbox"));
        TestDocuments.pdf(folder.resolve("pier.pdf"), "Pier to close", "Ann Writer", TestDocuments.utc(2024, 3, 5), HARBOUR, 10);
        TestDocuments.docx(folder.resolve("budget.docx"), "Budget cut for libraries", "", "2023-11-20T08:00:00Z",
                List.of("The county will close four libraries next spring."));
        TestDocuments.eml(folder.resolve("tip.eml"), "Jane Reporter <jane@example.org>", "Tip about the ferry", "Tue, 05 Mar 2024 10:15:00 +0100",
                "The ferry operator has not paid its harbour dues since January.");
        TestDocuments.scannedPdf(folder.resolve("scan.pdf"));
        Files.writeString(folder.resolve("notes.md"), "not an article");
        assertEquals(4, Lede.files(List.of(folder), problem -> {}).size());
        try (Lede lede = Lede.open(work.resolve("index"))) {
            IndexReport first = lede.index(List.of(folder), IndexListener.NONE);
            assertEquals(3, first.added());
            assertEquals(1, first.skipped());
            assertEquals(1, lede.search("ferry dues").hits().size());
            assertEquals(1, lede.search("libraries").hits().size());
            assertEquals(1, lede.search("cracks").hits().size());
            IndexReport second = lede.index(List.of(folder), IndexListener.NONE);
            assertEquals(0, second.added());
            assertEquals(0, second.updated());
            assertEquals(3, second.unchanged());
        }
    }
}
