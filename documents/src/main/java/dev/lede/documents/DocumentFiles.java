package dev.lede.documents;

import dev.lede.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * lede's reader of PDF, Word ({@code .docx}, {@code .doc}), OpenDocument text ({@code .odt}) and e-mail ({@code .eml})
 * files, found by lede-core through {@link java.util.ServiceLoader}. Tika is loaded the first time a document is
 * read, not when lede asks which files this reads.
 */
public final class DocumentFiles implements DocumentReader {
    private static final List<String> EXTENSIONS = List.of(".pdf", ".docx", ".doc", ".odt", ".eml");

    /** The reader, as {@link java.util.ServiceLoader} makes it. */
    public DocumentFiles() {}

    @Override
    public boolean reads(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    @Override
    public Result read(InputStream content, String fileName) throws IOException {
        return TikaDocuments.read(content, fileName);
    }
}
