package dev.lede.internal.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: a byte-order mark wins, then UTF-8 when the bytes are valid UTF-8, then (for
 * pages) the declared charset, else Windows-1252. Windows-1252 is the
 * fallback because real text that is not UTF-8 is nearly always Latin-1 or Windows-1252 (a superset
 * that browsers use for both), and reading it so keeps the article with at worst a wrong symbol.
 */
final class TextDecoder {
    /** The notice for input read with the fallback. */
    static final String NOT_UTF8 = "not valid UTF-8; read as Windows-1252";

    /** Decoded text, and whether the bytes were not valid UTF-8 and read as Windows-1252 instead. */
    record Decoded(String text, boolean windows1252) {}

    /** Browsers look for the declaration this far into a page; so does lede. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([a-z0-9._:+-]+)");
    /** Labels that browsers read as Windows-1252 (WHATWG Encoding Standard). */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of("windows-1252", "cp1252", "x-cp1252", "iso-8859-1",
            "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "latin1", "l1", "us-ascii", "ascii", "cp819",
            "ibm819", "iso-ir-100", "csisolatin1", "ansi_x3.4-1968");
    /** Bytes 0x80 to 0x9F in Windows-1252; the five it leaves undefined stay C1 controls, as in browsers. */
    private static final char[] HIGH = ("\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178").toCharArray();

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** The bytes as UTF-8, or {@code null} when they are not valid UTF-8. */
    String utf8OrNull(byte[] bytes, int offset, int length) {
        try {
            return utf8.reset().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-8 when valid, else Windows-1252. */
    Decoded utf8OrWindows1252(byte[] bytes, int offset, int length) {
        String text = utf8OrNull(bytes, offset, length);
        return text != null ? new Decoded(text, false) : new Decoded(windows1252(bytes, offset, length), true);
    }

    /** Plain text: a byte-order mark (UTF-8 or UTF-16), else UTF-8 when valid, else Windows-1252. */
    Decoded text(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null && bom != StandardCharsets.UTF_8) {
            return new Decoded(new String(bytes, bom), false);
        }
        return utf8OrWindows1252(bytes, 0, bytes.length);
    }

    /**
     * An HTML page: a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else the charset its
     * {@code <meta>} declares, else Windows-1252. Valid UTF-8 wins over a declaration because pages saved
     * again as UTF-8 often keep their old {@code <meta charset>}, while text in another charset is almost
     * never valid UTF-8 by chance.
     */
    Decoded html(byte[] bytes) {
        if (bomCharset(bytes) != null) {
            return text(bytes);
        }
        String utf8Text = utf8OrNull(bytes, 0, bytes.length);
        if (utf8Text != null) {
            return new Decoded(utf8Text, false);
        }
        Charset declared = declaredCharset(bytes);
        if (declared == null || declared == StandardCharsets.UTF_8) {
            return new Decoded(windows1252(bytes, 0, bytes.length), true);
        }
        if (declared.name().equals("windows-1252")) {
            return new Decoded(windows1252(bytes, 0, bytes.length), false);
        }
        return new Decoded(new String(bytes, declared), false);
    }

    /** Whether the bytes start with a UTF-16 byte-order mark (and so are text despite their zero bytes). */
    static boolean hasUtf16Bom(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        return bom != null && bom != StandardCharsets.UTF_8;
    }

    private static Charset bomCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16; // reads the mark and drops it
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16; // reads the mark and drops it
        }
        return null;
    }

    /** The charset named by {@code <meta charset>} or {@code <meta http-equiv=Content-Type>} near the start, if lede knows it. */
    static Charset declaredCharset(byte[] bytes) {
        // ISO-8859-1 maps each byte to one char, so the ASCII markup reads the same in any charset a page may use.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return null;
        }
        String label = meta.group(1).toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(label)) {
            return Charset.forName("windows-1252");
        }
        if (label.startsWith("utf-16") || label.equals("utf8")) {
            return StandardCharsets.UTF_8; // a page that could be read to find this is not UTF-16 (browsers do the same)
        }
        try {
            return Charset.isSupported(label) ? Charset.forName(label) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    static String windows1252(byte[] bytes, int offset, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            chars[i] = b >= 0x80 && b < 0xA0 ? HIGH[b - 0x80] : (char) b;
        }
        return new String(chars);
    }
}
