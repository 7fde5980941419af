package dev.lede.internal.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * A MinHash signature of an article's text, to find near-copies (a wire story republished with small edits): the
 * text's words, lower case, are cut into overlapping runs of {@value #SHINGLE_WORDS} (shingles), and the signature
 * keeps, for each of {@value #HASHES} hash functions, the smallest hash of any shingle. Two texts agree on a value as
 * often as they share shingles (their Jaccard similarity), so the share of equal values estimates it.
 *
 * <p>The first values are also cut into {@value #BANDS} bands of {@value #ROWS}; each band is indexed as a term, so the
 * articles that may copy one are found by a term look-up (locality-sensitive hashing) and then compared by signature.
 * With bands of two, texts of similarity 0.5 share a band with probability 1 - (1 - 0.5²)³² > 0.9999.
 */
public final class CopySignature {
    public static final int SHINGLE_WORDS = 5;
    /** 128 values estimate a similarity of 0.6 within ±0.043 (one standard deviation); 64 gave ±0.06 and missed a BBC copy. */
    public static final int HASHES = 128;
    public static final int ROWS = 2;
    /** Bands over the first 64 values: enough to find copies (see above), and half the terms to index. */
    public static final int BANDS = 32;
    /**
     * The estimated share of shingles two texts must share to be copies. Wire copies in the sample share 0.66 to 0.85
     * of their 5-word shingles, other outlets' reports of the same events at most 0.05; in the BBC set, re-posts with
     * edits share 0.56 and more, updated stories with new reporting 0.47 and less (EVALUATION.md).
     */
    public static final double THRESHOLD = 0.5;

    /** Odd multipliers: multiply-shift hashing of the shingle's mixed hash, one function per value. */
    private static final long[] MULTIPLIERS = multipliers();

    private CopySignature() {}

    private static long[] multipliers() {
        long[] multipliers = new long[HASHES];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            multipliers[i] = mix(state) | 1;
        }
        return multipliers;
    }

    /**
     * Texts shorter than this get no signature: a brief of a sentence or two shares most of its runs of words with
     * another that differs by a name or a number, without being a copy of it.
     */
    public static final int MIN_WORDS = 25;

    /** The signature of a text, or {@code null} when it has fewer than {@value #MIN_WORDS} words. */
    public static int[] of(String text) {
        long[] words = wordHashes(text);
        if (words.length < MIN_WORDS) {
            return null;
        }
        int[] signature = new int[HASHES];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (int start = 0; start + SHINGLE_WORDS <= words.length; start++) {
            long shingle = 0;
            for (int i = start; i < start + SHINGLE_WORDS; i++) {
                shingle = (shingle ^ words[i]) * 0x9E3779B97F4A7C15L;
            }
            long mixed = mix(shingle);
            for (int h = 0; h < HASHES; h++) {
                int value = (int) ((mixed * MULTIPLIERS[h]) >>> 33); // 31 bits: compared as non-negative ints
                if (value < signature[h]) {
                    signature[h] = value;
                }
            }
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

    /** The estimated Jaccard similarity of the two texts: the share of equal values; 0 when either has no signature. */
    public static double similarity(int[] a, int[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /** Whether two texts are near-copies of each other. */
    public static boolean copies(int[] a, int[] b) {
        return similarity(a, b) >= THRESHOLD;
    }

    /**
     * The band terms to index, as bytes: the band's number and its values, so equal values in different bands never
     * meet. Binary terms of nine bytes: the terms dictionary neither compresses nor decompresses them.
     */
    public static List<BytesRef> bandTerms(int[] signature) {
        return bandTerms(signature, BANDS);
    }

    /** The terms of the first {@code bands} bands. */
    public static List<BytesRef> bandTerms(int[] signature, int bands) {
        List<BytesRef> terms = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            ByteBuffer term = ByteBuffer.allocate(1 + ROWS * Integer.BYTES).put((byte) band);
            for (int row = 0; row < ROWS; row++) {
                term.putInt(signature[band * ROWS + row]);
            }
            terms.add(new BytesRef(term.array()));
        }
        return terms;
    }

    public static byte[] encode(int[] signature) {
        ByteBuffer bytes = ByteBuffer.allocate(HASHES * Integer.BYTES);
        bytes.asIntBuffer().put(signature);
        return bytes.array();
    }

    /** The signature from its bytes, or {@code null} when they are not one (written by another layout). */
    public static int[] decode(byte[] bytes, int offset, int length) {
        if (length != HASHES * Integer.BYTES) {
            return null;
        }
        int[] signature = new int[HASHES];
        ByteBuffer.wrap(bytes, offset, length).asIntBuffer().get(signature);
        return signature;
    }

    public static int[] decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }
}
