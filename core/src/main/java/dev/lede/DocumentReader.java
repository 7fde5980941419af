package dev.lede;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads files of kinds that lede-core does not read itself, such as PDF or Word documents: one article per file.
 *
 * <p>Readers are found with {@link java.util.ServiceLoader}: a jar that holds one (lede-documents does, for PDF,
 * Word, OpenDocument and e-mail files) names it in {@code META-INF/services/dev.lede.DocumentReader}, and
 * {@link Lede#index}, {@link Lede#parse} and {@link Lede#files} read those files once the jar is on the class or
 * module path. They are looked for the first time a file's kind is asked, never by a search.
 *
 * <p>The article's id is not the reader's to choose: lede derives it from the title and text, as for a text file
 * without a link, so reading the same file again finds the same article.
 */
public interface DocumentReader {
    /**
     * Whether this reader reads files of this name, by its extension ({@code "report.pdf"}). Asked of every file in a
     * directory being indexed, so it must be quick and load nothing.
     *
     * @param fileName the file's name ({@code "report.pdf"})
     * @return whether {@link #read} takes files of this name
     */
    boolean reads(String fileName);

    /**
     * Reads one document. A document that holds no article (damaged, password-protected, no text) is not an error:
     * its result says why, in words a user reads after the file's name.
     *
     * @param content the file's bytes; the caller closes it
     * @param fileName the file's name, for its extension
     * @return the article, or why the document holds none
     * @throws IOException only if {@code content} itself cannot be read
     */
    Result read(InputStream content, String fileName) throws IOException;

    /**
     * What a document held: an article, or why there is none.
     *
     * @param article the article, or {@code null}
     * @param reason why there is no article ("has no text layer (a scanned image?); not indexed"), or {@code null}
     */
    record Result(Article article, String reason) {
        /**
         * A result of exactly one of the two.
         *
         * @param article the article, or {@code null}
         * @param reason why there is no article, or {@code null}
         */
        public Result {
            if ((article == null) == (reason == null)) {
                throw new IllegalArgumentException("a result holds an article or a reason, not both or neither");
            }
        }

        /**
         * {@return a document's article}
         *
         * @param article the article read
         */
        public static Result of(Article article) {
            return new Result(Objects.requireNonNull(article), null);
        }

        /**
         * {@return a document that holds no article}
         *
         * @param reason why, in words a user reads after the file's name
         */
        public static Result unreadable(String reason) {
            return new Result(null, Objects.requireNonNull(reason));
        }
    }
}
