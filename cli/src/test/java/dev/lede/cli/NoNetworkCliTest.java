package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No page makes lede open a network connection: every fetchable thing in them points at a local server that counts. */
class NoNetworkCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;
    private CountingServer server;
    private String at;

    @BeforeEach
    void listen() throws IOException {
        server = new CountingServer();
        at = server.address();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    /** A news page whose every fetchable thing points at the server. */
    private String page(String headline) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-stylesheet type="text/xsl" href="AT/page.xsl"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "AT/xhtml1-strict.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml">
                <head>
                <base href="AT/base/">
                <meta http-equiv="refresh" content="0; url=AT/refresh">
                <meta property="og:title" content="HEADLINE">
                <meta property="og:image" content="AT/og-image.jpg">
                <meta property="og:url" content="AT/news/SLUG">
                <meta name="twitter:image" content="AT/twitter.jpg">
                <link rel="canonical" href="AT/news/SLUG">
                <link rel="stylesheet" href="AT/site.css">
                <link rel="preload" href="AT/font.woff2" as="font">
                <link rel="import" href="AT/import.html">
                <link rel="icon" href="AT/favicon.ico">
                <link rel="manifest" href="AT/manifest.json">
                <script src="AT/app.js"></script>
                <script>fetch("AT/fetch"); new Image().src = "AT/beacon";</script>
                <style>@import url("AT/import.css"); @font-face { src: url(AT/face.woff); }
                body { background: url(AT/background.png); }</style>
                <title>HEADLINE</title>
                </head>
                <body background="AT/body.png">
                <iframe src="AT/frame.html"></iframe>
                <article>
                <h1>HEADLINE</h1>
                <img src="AT/photo.jpg" srcset="AT/photo-2x.jpg 2x, AT/photo-600.jpg 600w" alt="Photo">
                <picture><source srcset="AT/photo.webp" type="image/webp"></picture>
                <p style="background-image: url('AT/inline.png')">The council met on Monday to discuss the harbour
                ferry timetable, which has changed three times this year.</p>
                <p>Commuters said the new timetable leaves them waiting at the pier for an hour each morning.</p>
                <object data="AT/object.swf"></object><embed src="AT/embed.swf">
                <video src="AT/video.mp4" poster="AT/poster.jpg"></video><audio src="AT/audio.mp3"></audio>
                <svg><image href="AT/svg.png"/><use xlink:href="AT/sprite.svg#icon"/></svg>
                <form action="AT/form"><input type="image" src="AT/button.png"></form>
                </article>
                </body>
                </html>
                """.replace("AT", at).replace("HEADLINE", headline).replace("SLUG", headline.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    }

    private List<Path> writeInputs() throws IOException {
        Path folder = Files.createDirectories(work.resolve("pages"));
        Path html = Files.writeString(folder.resolve("ferry.html"), page("Ferry Timetable Changes Again"));
        // Starting at its doctype, with a system id.
        Path noExtension = Files.writeString(folder.resolve("pier.htm"),
                page("Pier Queues Grow").substring(page("").indexOf("<!DOCTYPE")));
        Path jsonl = Files.writeString(folder.resolve("wire.jsonl"), "{\"title\":\"Bridge Reopens\",\"url\":\"" + at
                + "/bridge\",\"body\":\"The bridge reopened to traffic on Tuesday after repairs.\"}\n");
        Path text = Files.writeString(folder.resolve("museum.txt"), "Museum Opens New Wing\n\n"
                + "The museum opened a new wing on Saturday, with free entry for the first week.\n\nLink from " + at + "/museum\n");
        return List.of(html, noExtension, jsonl, text);
    }

    @Test
    void indexingPagesFullOfLinksOpensNoConnection() throws Exception {
        writeInputs();
        Path index = work.resolve("index");
        LedeProcess.Run run = LedeProcess.run(work, "index", "--index", index.toString(), work.resolve("pages").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(": 4 added, 0 updated, 0 unchanged, 0 skipped."), run.out());
        LedeProcess.Run search = LedeProcess.run(work, "search", "--index", index.toString(), "--json", "timetable");
        assertEquals("Ferry Timetable Changes Again", JSON.readTree(search.out()).get("hits").get(0).get("title").asText());
        assertEquals(0, server.connections(), "connections to the server the pages point at");
    }

    @Test
    void parsingPagesFullOfLinksOpensNoConnection() throws Exception {
        List<Path> inputs = writeInputs();
        String[] args = new String[inputs.size() + 2];
        args[0] = "parse";
        args[1] = "--json";
        for (int i = 0; i < inputs.size(); i++) {
            args[i + 2] = inputs.get(i).toString();
        }
        LedeProcess.Run run = LedeProcess.run(work, args);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> titles = run.out().lines().map(line -> {
            try {
                JsonNode article = JSON.readTree(line);
                assertTrue(article.get("body").asText().length() > 40, line);
                return article.get("title").asText();
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertEquals(List.of("Ferry Timetable Changes Again", "Pier Queues Grow", "Bridge Reopens", "Museum Opens New Wing"), titles);
        assertEquals(0, server.connections(), "connections to the server the pages point at");
    }
}
