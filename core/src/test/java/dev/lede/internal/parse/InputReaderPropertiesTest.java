package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lede.Article;
import dev.lede.InputFormat;
import dev.lede.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Every reader is total: arbitrary bytes give articles or one-line problems, never an exception. */
class InputReaderPropertiesTest {
    private static void readAs(byte[] bytes, String name, InputFormat format) throws Exception {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        InputReader.read(new ByteArrayInputStream(bytes), name, name, format, (article, line) -> articles.add(article), problems::add);
        for (InputProblem problem : problems) {
            assertFalse(problem.reason().isBlank() || problem.reason().contains("\n"), problem.toString());
        }
    }

    @Property(tries = 300)
    void anyBytesInAnyFormat(@ForAll byte[] bytes, @ForAll InputFormat format) throws Exception {
        readAs(bytes, "input", format);
        readAs(bytes, "input.jsonl", InputFormat.AUTO);
        readAs(bytes, "input.html", InputFormat.AUTO);
        readAs(bytes, "input.txt.gz", InputFormat.AUTO);
    }

    @Property(tries = 200)
    void anyTextGzippedInAnyFormat(@ForAll String text, @ForAll InputFormat format) throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        readAs(zipped.toByteArray(), "input.gz", format);
    }

    @Property(tries = 300)
    void htmlParserNeverThrows(@ForAll String html) {
        HtmlArticleParser.parse(html);
        HtmlArticleParser.parse("<html><body><article><p>" + html + "</p></article></body></html>");
    }
}
