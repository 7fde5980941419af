/**
 * lede-core: full-text search for news articles. The API is the package {@code dev.lede}; the packages under
 * {@code dev.lede.internal} do the work and are not exported, so no caller can come to depend on them.
 */
module dev.lede.core {
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.highlighter;
    requires org.apache.lucene.facet;
    requires org.apache.lucene.suggest;
    requires org.apache.lucene.queries;
    requires com.fasterxml.jackson.databind;
    requires org.jsoup;
    requires org.apache.opennlp.tools;

    exports dev.lede;

    // PDF, Word and other documents, read by a jar beside core (lede-documents) that provides a reader.
    uses dev.lede.DocumentReader;
}
