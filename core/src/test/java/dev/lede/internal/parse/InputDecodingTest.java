package dev.lede.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.Article;
import dev.lede.InputFormat;
import dev.lede.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text and pages that are not UTF-8 are read, not skipped: as browsers read them, with a notice where lede had to guess. */
class InputDecodingTest {
    private final List<Article> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private Article read(String name, byte[] bytes) throws Exception {
        articles.clear();
        problems.clear();
        InputReader.read(new ByteArrayInputStream(bytes), name, name, InputFormat.AUTO, (article, line) -> articles.add(article),
                problems::add);
        assertEquals(1, articles.size(), "read " + name + ", problems: " + problems);
        return articles.get(0);
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static byte[] page(String head, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<!doctype html><html><head>" + head + "<title>Page</title></head><body><article><p>")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.writeBytes("</p></article></body></html>".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private void assertNotice(String location) {
        assertEquals(List.of(InputProblem.notice(location, "not valid UTF-8; read as Windows-1252")), problems);
    }

    @Test
    void latin1TextIsReadAsWindows1252WithOneNotice() throws Exception {
        // BBC sport/199.txt: one Latin-1 pound sign
        Article article = read("199.txt", bytes("Cup Final Tickets\n\nTickets cost \u00a345 and sold out in a day.\n", "ISO-8859-1"));
        assertEquals("Cup Final Tickets", article.title());
        assertEquals("Tickets cost \u00a345 and sold out in a day.", article.body());
        assertNotice("199.txt");
    }

    @Test
    void windows1252TextKeepsItsQuotesDashesAndEuroSigns() throws Exception {
        String text = "Caf\u00e9 Prices\n\n\u201cIt costs \u20ac3 \u2013 too much,\u201d she said.\n";
        Article article = read("cafe.txt", bytes(text, "windows-1252"));
        assertEquals("Caf\u00e9 Prices", article.title());
        assertEquals("\u201cIt costs \u20ac3 \u2013 too much,\u201d she said.", article.body());
        assertNotice("cafe.txt");
    }

    @Test
    void utf8AndUtf16WithAByteOrderMarkNeedNoNotice() throws Exception {
        String text = "\uFEFFCaf\u00e9 Prices\n\nPrices rose by \u20ac1.\n";
        assertEquals("Prices rose by \u20ac1.", read("a.txt", bytes(text, "UTF-8")).body());
        assertEquals(List.of(), problems);
        assertEquals("Prices rose by \u20ac1.", read("b.txt", bytes(text, "UTF-16LE")).body());
        assertEquals("Caf\u00e9 Prices", articles.get(0).title());
        assertEquals(List.of(), problems);
    }

    @Test
    void aPageWithoutADeclarationIsReadAsUtf8ElseWindows1252() throws Exception {
        assertEquals("Tickets cost \u00a345.", read("utf8.html", page("", bytes("Tickets cost \u00a345.", "UTF-8"))).body());
        assertEquals(List.of(), problems);
        assertEquals("Tickets cost \u00a345.", read("latin1.html", page("", bytes("Tickets cost \u00a345.", "ISO-8859-1"))).body());
        assertNotice("latin1.html");
        assertEquals("\u201cQuoted\u201d \u2013 \u20ac5.", read("cp1252.html", page("", bytes("\u201cQuoted\u201d \u2013 \u20ac5.", "windows-1252"))).body());
        assertNotice("cp1252.html");
    }

    @Test
    void aPageIsReadInTheCharsetItsMetaTagDeclares() throws Exception {
        String polish = "\u0141\u00f3d\u017a i Gda\u0144sk: \u017c\u00f3\u0142w.";
        assertEquals(polish, read("pl.html", page("<meta charset=\"ISO-8859-2\">", bytes(polish, "ISO-8859-2"))).body());
        assertEquals(List.of(), problems);

        String japanese = "\u6771\u4eac\u3067\u5730\u9707\u304c\u3042\u308a\u307e\u3057\u305f\u3002";
        assertEquals(japanese, read("sjis.html", page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">",
                bytes(japanese, "Shift_JIS"))).body());
        assertEquals(List.of(), problems);
        assertEquals(japanese, read("eucjp.html", page("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=euc-jp'>",
                bytes(japanese, "EUC-JP"))).body());
        assertEquals(List.of(), problems);
    }

    @Test
    void latin1DeclaredMeansWindows1252AsInBrowsers() throws Exception {
        String text = "\u201cPrices\u201d rose by \u20ac1 in M\u00fcnchen.";
        assertEquals(text, read("de.html", page("<meta charset=iso-8859-1>", bytes(text, "windows-1252"))).body());
        assertEquals(List.of(), problems);
    }

    @Test
    void validUtf8WinsOverAnOldDeclarationAndBadUtf8DeclaredFallsBack() throws Exception {
        // Pages saved again as UTF-8 often keep their old <meta charset>.
        String chinese = "\u4eba\u5de5\u667a\u80fd\u8fc8\u4e0a\u65b0\u53f0\u9636";
        assertEquals(chinese, read("resaved.html", page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
                bytes(chinese, "UTF-8"))).body());
        assertEquals(List.of(), problems);
        assertEquals("Tickets cost \u00a345.", read("wrong.html", page("<meta charset=\"utf-8\">",
                bytes("Tickets cost \u00a345.", "ISO-8859-1"))).body());
        assertNotice("wrong.html");
    }

    @Test
    void anUnknownDeclaredCharsetIsIgnored() throws Exception {
        assertEquals("Tickets cost \u00a345.", read("odd.html", page("<meta charset=\"no-such-charset\">",
                bytes("Tickets cost \u00a345.", "UTF-8"))).body());
        assertEquals(List.of(), problems);
    }
}
