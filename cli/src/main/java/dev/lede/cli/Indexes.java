package dev.lede.cli;

import dev.lede.Embedder;
import dev.lede.IndexUnusableException;
import dev.lede.Lede;
import dev.lede.semantic.MiniLm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens indexes for the commands: one that keeps vectors is opened with their model, so that its
 * searches fuse words and meaning and the articles added to it get vectors too.
 */
final class Indexes {
    private Indexes() {}

    static Lede open(Path path) throws IOException {
        return open(path, false);
    }

    /** @param semantic give new articles vectors even when the index keeps none yet ({@code lede index --semantic}) */
    static Lede open(Path path, boolean semantic) throws IOException {
        Optional<String> model = Lede.vectorModel(path);
        if (model.isPresent()) {
            Embedder embedder = MiniLm.forModel(model.get()).orElseThrow(() -> new IndexUnusableException("The index "
                    + path + " keeps vectors of the model " + model.get() + ", which this version of lede does not have."));
            return Lede.open(path, embedder);
        }
        return semantic ? Lede.open(path, MiniLm.load()) : Lede.open(path);
    }
}
