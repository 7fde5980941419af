package dev.lede.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.lede.Embedder;
import java.util.Optional;

/**
 * The sentence-embedding model all-MiniLM-L6-v2 (384 numbers per text, English), run on the CPU by
 * ONNX Runtime from the copy inside this module's dependencies: nothing is downloaded. Trained on
 * texts of up to 256 word pieces; lede gives it an article's headline and about the first 200 words.
 * Safe for concurrent use (ONNX Runtime sessions are).
 */
public final class MiniLm implements Embedder {
    /** The name recorded in indexes built with this model. */
    public static final String MODEL = "all-MiniLM-L6-v2";
    private static final int DIMENSION = 384;

    private final EmbeddingModel model;

    private MiniLm(EmbeddingModel model) {
        this.model = model;
    }

    /** {@return the model, loaded (about a second, and some 100 MB of memory)} */
    public static MiniLm load() {
        return new MiniLm(new AllMiniLmL6V2EmbeddingModel());
    }

    /**
     * {@return the embedder for a model an index names, if this module has it}
     *
     * @param name the model's name, as {@link dev.lede.Lede#vectorModel} gives it
     */
    public static Optional<Embedder> forModel(String name) {
        return MODEL.equals(name) ? Optional.of(load()) : Optional.empty();
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}
