package dev.lede.internal.index;

import org.apache.lucene.util.StringHelper;

/**
 * The ids read so far in one indexing run, each with the fingerprint of its last input, in about 20
 * bytes an id (64-bit hashes in an open-addressing table): it tells an exact copy of an earlier input
 * from a new version of it, which the index alone cannot.
 */
public final class RunInputs {
    /** What an input is beside the earlier ones of the run. */
    public enum Seen {
        /** No earlier input had its id. */
        FIRST,
        /** An earlier input had its id and the same fingerprint. */
        COPY,
        /** An earlier input had its id and another fingerprint. */
        OTHER_VERSION
    }

    private long[] keys = new long[1 << 10];
    private long[] values = new long[1 << 10];
    private int size;

    /** Records the input and says how it relates to the earlier ones. */
    public Seen see(String id, String fingerprint) {
        long key = hash(id);
        long value = Long.parseUnsignedLong(fingerprint, 0, 16, 16);
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == 0) {
                keys[slot] = key;
                values[slot] = value;
                if (++size * 4 > keys.length * 3) {
                    grow();
                }
                return Seen.FIRST;
            }
            if (keys[slot] == key) {
                long before = values[slot];
                values[slot] = value;
                return before == value ? Seen.COPY : Seen.OTHER_VERSION;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = (int) oldKeys[i] & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** A 64-bit hash of the id, never 0 (which marks a free slot); two ids sharing one is vanishingly rare. */
    private static long hash(String id) {
        byte[] bytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long hash = StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, 0x5eed)[0];
        return hash == 0 ? 1 : hash;
    }
}
