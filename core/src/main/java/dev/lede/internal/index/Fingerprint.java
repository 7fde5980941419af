package dev.lede.internal.index;

import dev.lede.Article;
import dev.lede.Name;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.StringHelper;

/**
 * A 128-bit hash of an article as read (headline, text, link, date and the names its caller gave),
 * which tells an unchanged article from an updated one before any work is spent on it: names lede
 * extracts itself follow from the text, so they are left out, and an unchanged article is passed
 * over without extracting them again. It guards against accidents, not adversaries, so a fast non-cryptographic hash
 * (MurmurHash3) does. The text is gathered in reused buffers, so hashing allocates nothing per
 * article. Not thread-safe: each writer keeps its own.
 */
public final class Fingerprint {
    private static final HexFormat HEX = HexFormat.of();
    private char[] chars = new char[1024];
    private int length;
    private byte[] bytes = new byte[0];

    /** The fingerprint of an article whose names are all given (none will be extracted). */
    public String of(Article article) {
        return of(article, null);
    }

    /**
     * @param namesBy what will extract the article's names when it has none ("RuleBasedNameExtractor"), or
     *     null when none will: an article indexed without names, or by other rules, is then not taken as unchanged
     */
    public String of(Article article, String namesBy) {
        length = 0;
        append(article.title());
        append(article.body());
        append(article.link());
        append(String.valueOf(article.published()));
        if (!article.author().isEmpty()) {
            append("\u0001author " + article.author()); // only when there is one: fingerprints of articles without stay as they were
        }
        for (Name name : article.names()) {
            append(name.type().label());
            append(name.text());
        }
        if (namesBy != null && article.names().isEmpty()) {
            append("\u0001names by " + namesBy);
        }
        // The UTF-16 code units as they are: encoding to UTF-8 first would cost several times the hash.
        bytes = ArrayUtil.grow(bytes, length * Character.BYTES);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(chars, 0, length);
        long[] hash = StringHelper.murmurhash3_x64_128(bytes, 0, length * Character.BYTES, 0);
        return HEX.toHexDigits(hash[0]) + HEX.toHexDigits(hash[1]);
    }

    /** The part and a separator, so that "ab" + "c" and "a" + "bc" differ. */
    private void append(String part) {
        chars = ArrayUtil.grow(chars, length + part.length() + 1);
        part.getChars(0, part.length(), chars, length);
        length += part.length();
        chars[length++] = '\0';
    }
}
