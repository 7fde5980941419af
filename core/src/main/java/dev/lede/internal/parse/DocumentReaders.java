package dev.lede.internal.parse;

import dev.lede.Article;
import dev.lede.DocumentReader;
import dev.lede.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The {@link DocumentReader}s on the class or module path, looked for once, the first time a file's kind is asked
 * (so a search, which reads no file, never looks).
 */
final class DocumentReaders {
    private DocumentReaders() {}

    /** Loaded when first used: the class is initialised then, and only then. */
    private static final class Found {
        static final List<DocumentReader> READERS = ServiceLoader.load(DocumentReader.class, DocumentReader.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
    }

    static Optional<DocumentReader> readerOf(String name) {
        for (DocumentReader reader : Found.READERS) {
            if (reader.reads(name)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /** Reads one document; its id is derived by core's rules whatever the reader set, so reading it again changes nothing. */
    static void read(DocumentReader reader, InputStream input, String name, String location, BiConsumer<Article, Long> articles,
            Consumer<InputProblem> problems) throws IOException {
        DocumentReader.Result result = reader.read(input, name);
        if (result.article() == null) {
            problems.accept(new InputProblem(location, result.reason()));
            return;
        }
        Article read = result.article();
        if (read.body().isEmpty()) {
            problems.accept(new InputProblem(location, "no article text"));
            return;
        }
        articles.accept(new Article(null, read.title(), read.body(), read.link(), read.published(), read.names(), read.author()), 0L);
    }
}
