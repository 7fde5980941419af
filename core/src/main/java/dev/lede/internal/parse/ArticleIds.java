package dev.lede.internal.parse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids. An article keeps its id when it is read again, so re-indexing updates it.
 * The id comes from the link when the link names a page. A bare site ("www.aljazeera.com") names
 * many articles, and one headline may head several different articles, so then the id comes from the
 * site and the whole text (headline and body, white space normalised): only the same text is the
 * same article, and a changed text is a new one.
 */
public final class ArticleIds {
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("(?U)\\s+");

    private ArticleIds() {}

    public static String derive(String title, String body, String link) {
        String page = pageOf(link);
        String key;
        if (!page.isEmpty()) {
            key = "page:" + page;
        } else {
            key = "text:" + sourceOf(link) + "|" + normalize(title) + "|" + normalize(body);
        }
        return sha256(key).substring(0, 16);
    }

    /** The host of a link, lower-cased and without a leading {@code www.}; empty when there is none. */
    public static String sourceOf(String link) {
        return site(hostAndPath(link)[0]);
    }

    /** A host (or a pattern over hosts) as sources are kept: lower case, without a leading {@code www.}. */
    public static String site(String host) {
        String site = host.toLowerCase(Locale.ROOT);
        return site.startsWith("www.") ? site.substring(4) : site;
    }

    /** host + path of a link that names a page (not just a site); empty otherwise. */
    private static String pageOf(String link) {
        String[] parts = hostAndPath(link);
        String path = parts[1];
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return parts[0].isEmpty() || path.isEmpty() ? "" : site(parts[0]) + path;
    }

    private static String[] hostAndPath(String link) {
        if (link == null || link.isBlank()) {
            return new String[] {"", ""};
        }
        String text = link.strip();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        try {
            URI uri = new URI(text.replace(" ", "%20"));
            String host = uri.getHost() == null ? "" : uri.getHost();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                path += "?" + uri.getRawQuery();
            }
            return new String[] {host, path};
        } catch (java.net.URISyntaxException | IllegalArgumentException notAUri) {
            return new String[] {"", ""};
        }
    }

    /**
     * Whether an article's id was made from its text (it has no page link and no id of its own). Takes the parts,
     * not the article: the article derives its id here, and nothing here calls back into it.
     */
    public static boolean isFromText(String id, String title, String body, String link) {
        return pageOf(link).isEmpty() && id.equals(derive(title, body, link));
    }

    /** White space runs as one space: re-wrapped or re-indented text is the same text. */
    private static String normalize(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
