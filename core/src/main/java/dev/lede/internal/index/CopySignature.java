package dev.lede.internal.index;

/**
 * A MinHash signature of an article's text, to find near-copies (a wire story republished with small edits): the
 * text's words, lower case, are cut into overlapping runs of {@value #SHINGLE_WORDS} (shingles), and two texts agree
 * on a value of the signature about as often as they share shingles (their Jaccard similarity), so the share of equal
 * values estimates it.
 *
 * <p>One-permutation hashing: each shingle is hashed once; the hash's top bits pick one of {@value #HASHES} bins and
 * the bin keeps the smallest of the rest. A bin no shingle fell into takes the value of another, picked by a hash of
 * its number and an attempt count until one has a value (optimal densification), so that two texts' empty bins borrow
 * alike. Each value keeps its lowest {@value #BITS} bits (b-bit MinHash): unequal values then agree by chance one time
 * in 2<sup>{@value #BITS}</sup>, which {@link #similarity} corrects for. A signature is {@value #HASHES} bytes.
 *
 * <p>Indexes written before kept {@value #HASHES} 31-bit values of as many hash functions (512 bytes); those are still
 * read and compared with each other (never with the new kind: they estimate nothing about each other).
 */
public final class CopySignature {
    public static final int SHINGLE_WORDS = 5;
    /** 128 values estimate a similarity of 0.6 within about ±0.043 (one standard deviation); 64 gave ±0.06 and missed a BBC copy. */
    public static final int HASHES = 128;
    /** Bits kept per value: by chance agreement 1/256, which the correction removes at little cost in spread. */
    public static final int BITS = 8;
    /** The length of a signature of the layout written before: {@value #HASHES} values of four bytes. */
    private static final int OLD_LENGTH = HASHES * Integer.BYTES;
    /** log2 of {@value #HASHES}: the hash's bits that pick a bin. */
    private static final int BIN_BITS = Integer.numberOfTrailingZeros(HASHES);
    /**
     * The estimated share of shingles two texts must share to be copies. Wire copies in the sample share 0.66 to 0.85
     * of their 5-word shingles, other outlets' reports of the same events at most 0.05; in the BBC set, re-posts with
     * edits share 0.56 and more, updated stories with new reporting 0.47 and less (EVALUATION.md).
     */
    public static final double THRESHOLD = 0.5;

    private CopySignature() {}

    /**
     * Texts shorter than this get no signature: a brief of a sentence or two shares most of its runs of words with
     * another that differs by a name or a number, without being a copy of it.
     */
    public static final int MIN_WORDS = 25;

    /** The signature of a text, as stored, or {@code null} when it has fewer than {@value #MIN_WORDS} words. */
    public static byte[] of(String text) {
        long[] words = wordHashes(text);
        if (words.length < MIN_WORDS) {
            return null;
        }
        long[] least = new long[HASHES];
        java.util.Arrays.fill(least, Long.MAX_VALUE);
        for (int start = 0; start + SHINGLE_WORDS <= words.length; start++) {
            long shingle = 0;
            for (int i = start; i < start + SHINGLE_WORDS; i++) {
                shingle = (shingle ^ words[i]) * 0x9E3779B97F4A7C15L;
            }
            long mixed = mix(shingle);
            int bin = (int) (mixed >>> (Long.SIZE - BIN_BITS));
            long value = mixed & (-1L >>> BIN_BITS);
            if (value < least[bin]) {
                least[bin] = value;
            }
        }
        byte[] signature = new byte[HASHES];
        for (int bin = 0; bin < HASHES; bin++) {
            long value = least[bin];
            for (long attempt = 1; value == Long.MAX_VALUE; attempt++) {
                value = least[(int) (mix(bin * 0x9E3779B97F4A7C15L + attempt) >>> (Long.SIZE - BIN_BITS))];
            }
            signature[bin] = (byte) value; // the lowest bits: uniform, as the smallest value's high bits are not
        }
        return signature;
    }

    /** A hash per word: runs of letters and digits, lower case, so punctuation and apostrophes' shapes do not count. */
    private static long[] wordHashes(String text) {
        long[] hashes = new long[Math.max(8, text.length() / 5)];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ Character.toLowerCase(c)) * 0x100000001B3L; // FNV-1a
                inWord = true;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = java.util.Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count + 1);
            }
            hashes[count++] = hash;
        }
        return java.util.Arrays.copyOf(hashes, count);
    }

    /** MurmurHash3's finaliser: spreads every input bit over the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * The estimated Jaccard similarity of the two texts: the share of equal values, less the share expected by chance
     * ((equal - 2<sup>-b</sup>) / (1 - 2<sup>-b</sup>), at least 0); 0 when either has no signature or they are of
     * different layouts.
     */
    public static double similarity(byte[] a, byte[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        if (a.length == OLD_LENGTH) {
            int equal = 0;
            for (int i = 0; i < OLD_LENGTH; i += Integer.BYTES) {
                if (java.util.Arrays.equals(a, i, i + Integer.BYTES, b, i, i + Integer.BYTES)) {
                    equal++;
                }
            }
            return (double) equal / HASHES;
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        double chance = 1.0 / (1 << BITS);
        return Math.max(0, ((double) equal / a.length - chance) / (1 - chance));
    }

    /** Whether two texts are near-copies of each other. */
    public static boolean copies(byte[] a, byte[] b) {
        return similarity(a, b) >= THRESHOLD;
    }

    /** The signature from its stored bytes, or {@code null} when they are none this or the earlier layout wrote. */
    public static byte[] decode(byte[] bytes, int offset, int length) {
        if (length != HASHES && length != OLD_LENGTH) {
            return null;
        }
        return java.util.Arrays.copyOfRange(bytes, offset, offset + length);
    }
}
