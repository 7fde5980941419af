package dev.lede.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.DocumentReader;
import dev.lede.InputProblem;
import dev.lede.Lede;
import dev.lede.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes a file with a document's name holds, reading it never throws: it gives an article or one plain reason. */
class DocumentBytesPropertiesTest {
    private final DocumentReader reader = new DocumentFiles();

    @Provide
    Arbitrary<String> documentNames() {
        return Arbitraries.of("x.pdf", "x.docx", "x.doc", "x.odt", "x.eml", "X.PDF");
    }

    /** Bytes, or the start of a real document's kind followed by bytes, so the parsers get past their first check. */
    @Provide
    Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<String> head = Arbitraries.of("", "%PDF-1.7\n", "PK\u0003\u0004", "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1",
                "From: a@b\r\nSubject: s\r\n\r\n");
        return Combinators.combine(head, noise).as((start, rest) -> {
            byte[] prefix = start.getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = Arrays.copyOf(prefix, prefix.length + rest.length);
            System.arraycopy(rest, 0, all, prefix.length, rest.length);
            return all;
        });
    }

    @Property(tries = 200)
    void arbitraryBytesGiveAnArticleOrAReasonNeverAnException(@ForAll("contents") byte[] content,
            @ForAll("documentNames") String name) throws IOException {
        DocumentReader.Result result = reader.read(new ByteArrayInputStream(content), name);
        if (result.article() == null) {
            assertOneSentence(result.reason());
        }
    }

    @Property(tries = 50)
    void parsingAnyFileWithADocumentsNameReportsInsteadOfThrowing(@ForAll("contents") byte[] content,
            @ForAll("documentNames") String name) throws IOException {
        Path directory = Files.createTempDirectory("lede-documents");
        try {
            Path file = Files.write(directory.resolve(name), content);
            ParseResult result = Lede.parse(file);
            assertEquals(1, result.articles().size() + result.problems().size(), result.toString());
            for (InputProblem problem : result.problems()) {
                assertOneSentence(problem.reason());
            }
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }

    private static void assertOneSentence(String reason) {
        assertTrue(!reason.isBlank() && !reason.contains("\n") && !reason.contains("Exception") && !reason.contains("\tat "),
                reason);
    }
}
