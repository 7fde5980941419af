package dev.lede.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TREC topics are read as written: no entity is expanded, no file or address a doctype names is read. */
class JudgementsTest {
    @TempDir
    Path dir;

    private static String topics(String doctype, String... titles) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n").append(doctype).append("\n<topics>\n");
        for (int i = 0; i < titles.length; i++) {
            xml.append("<top>\n<num> Number: ").append(401 + i).append(" </num>\n<title> ").append(titles[i]).append(" </title>\n</top>\n");
        }
        return xml.append("</topics>\n").toString();
    }

    /** Billion laughs: ten to the ninth "lol"s, three gigabytes, if expanded. */
    static String laughs() {
        StringBuilder entities = new StringBuilder("  <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            entities.append("  <!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10)).append("\">\n");
        }
        return entities.toString();
    }

    /** External entities for a secret file and /etc/passwd, a remote doctype and billion laughs, in one file. */
    static String hostileTopics(Path secret, int port) {
        return topics("<!DOCTYPE topics SYSTEM \"http://127.0.0.1:" + port + "/topics.dtd\" [\n"
                + "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY passwd SYSTEM \"file:///etc/passwd\">\n"
                + "  <!ENTITY % remote SYSTEM \"http://127.0.0.1:" + port + "/remote.dtd\">\n"
                + "  %remote;\n" + laughs() + "]>",
                "ferry &secret; strike", "&passwd;", "harbour &lol9;");
    }

    @Test
    void anExternalEntityIsNotRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-7f3a9");
        Path file = Files.writeString(dir.resolve("topics.xml"), topics("<!DOCTYPE topics [\n"
                + "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY passwd SYSTEM \"file:///etc/passwd\">\n]>", "ferry &secret; strike", "&passwd;"));
        assertEquals(Map.of("401", "ferry &secret; strike", "402", "&passwd;"), Judgements.topics(file));
    }

    @Test
    void billionLaughsIsNotExpanded() throws Exception {
        Path file = Files.writeString(dir.resolve("topics.xml"), topics("<!DOCTYPE topics [\n" + laughs() + "]>", "harbour &lol9;"));
        assertEquals(Map.of("401", "harbour &lol9;"), Judgements.topics(file));
    }

    @Test
    void nothingADoctypeNamesIsFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(server);
            int port = server.getLocalPort();
            Path file = Files.writeString(dir.resolve("topics.xml"), topics(
                    "<!DOCTYPE topics SYSTEM \"http://127.0.0.1:" + port + "/topics.dtd\" [\n"
                    + "  <!ENTITY % remote SYSTEM \"http://127.0.0.1:" + port + "/remote.dtd\">\n  %remote;\n"
                    + "  <!ENTITY page SYSTEM \"http://127.0.0.1:" + port + "/page\">\n]>", "ferry &page; strike"));
            assertEquals(Map.of("401", "ferry &page; strike"), Judgements.topics(file));
            assertEquals(0, connections.get(), "connections to the addresses the doctype names");
        }
    }

    /** Counts connections made to {@code server} until it is closed. */
    static AtomicInteger countConnections(ServerSocket server) {
        AtomicInteger connections = new AtomicInteger();
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    server.accept().close();
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return connections;
    }
}
