package dev.lede.cli;

import dev.lede.IndexUnusableException;
import dev.lede.Lede;
import dev.lede.semantic.MiniLm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Options for the commands' indexes: one that keeps vectors is opened with their model, so that its
 * searches fuse words and meaning and the articles added to it get vectors too.
 */
final class Indexes {
    private Indexes() {}

    /** @param semantic give new articles vectors even when the index keeps none yet ({@code lede index --semantic}) */
    static Lede.Builder builder(Path path, boolean semantic) throws IOException {
        Lede.Builder builder = Lede.builder(path);
        Optional<String> model = Lede.vectorModel(path);
        if (model.isPresent()) {
            return builder.embedder(MiniLm.forModel(model.get()).orElseThrow(() -> new IndexUnusableException("The index "
                    + path + " keeps vectors of the model " + model.get() + ", which this version of lede does not have.")));
        }
        return semantic ? builder.embedder(MiniLm.load()) : builder;
    }

    /**
     * For reading only: never takes the write lock. {@code ranked}: with the index's vector model if it keeps vectors,
     * for searches that fuse words and meaning; the rest read articles and counts without loading the model.
     */
    static Lede readOnly(Path path, boolean ranked) throws IOException {
        return (ranked ? builder(path, false) : Lede.builder(path)).readOnly(true).open();
    }
}
