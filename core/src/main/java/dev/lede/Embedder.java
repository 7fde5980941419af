package dev.lede;

/**
 * Turns text into a vector whose nearness to another text's vector says how close they are in meaning:
 * a sentence-embedding model. Given to {@link Lede.Builder#embedder(Embedder)}, it makes the index
 * keep a vector of each article (its headline and the start of its text) and fuses the ranking of a
 * search's words with that of the articles nearest to the query's vector (hybrid retrieval). The
 * module {@code lede-semantic} ships one that runs on the CPU.
 *
 * <p>Implementations must be safe to call from several threads at once: searches run concurrently.
 */
public interface Embedder {
    /**
     * The model's name and version, recorded in the index: an index is only ever written and searched
     * with vectors of one model. Letters, digits and {@code .-_} only.
     *
     * @return the model's name, such as {@code all-MiniLM-L6-v2}
     */
    String model();

    /** {@return how many numbers each vector has} */
    int dimension();

    /**
     * The text's vector: {@link #dimension()} numbers, of length 1 (the index compares vectors by their
     * dot product). Long texts may be cut to what the model reads.
     *
     * @param text the text to embed
     * @return its vector
     */
    float[] embed(String text);
}
