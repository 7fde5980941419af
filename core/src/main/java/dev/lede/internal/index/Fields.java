package dev.lede.internal.index;

import dev.lede.NameType;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;

/** Field names, shared by the writer and the searcher so both see the index the same way. */
public final class Fields {
    public static final String ID = "id";
    public static final String TITLE = "title";
    /**
     * The text, stored only: it is searched and highlighted through {@link #WORDS}. Indexes written before format 4
     * also index it, with positions and offsets.
     */
    public static final String BODY = "body";
    public static final String LINK = "link";
    /** Stored only: shown with a hit, not searched. */
    public static final String AUTHOR = "author";
    /**
     * Host of the link without {@code www.}, lower case: a facet dimension. {@code source:aljazeera.com}
     * finds its articles by the facet's drill-down term ({@link #sourceTerm}), so no field of its own is indexed.
     */
    public static final String SOURCE = "source";
    /** All names and their types, stored as {@code type|name} for reading back. */
    public static final String NAMES_STORED = "names_stored";
    /** All names, analysed like text, so {@code name:Gantz} and {@code name:"Benny Gantz"} match. */
    public static final String NAMES = "names";
    /** Publication date as {@code yyyymmdd}, stored and indexed as a point. */
    public static final String PUBLISHED = "published";
    /** A sentence-embedding vector of the headline and the start of the text, when the index keeps vectors (HNSW graph). */
    public static final String VECTOR = "vector";
    /**
     * Stored only: the file the article was indexed from (absolute) and its line in a JSON Lines file. Indexes
     * written without them read back as articles of unknown origin, so no format change is needed.
     */
    public static final String ORIGIN_PATH = "origin_path";
    public static final String ORIGIN_LINE = "origin_line";
    /** Hash of the article as indexed, to tell an unchanged article from an update. */
    public static final String FINGERPRINT = "fingerprint";

    /**
     * Near-copies ({@link CopySignature}): the text's MinHash signature, kept as a column (binary doc values) so a
     * search reads it for the hits it shows without reading their stored documents. An index written without it is
     * searched without grouping. (Indexes written before also indexed band terms of the signature, in the field
     * {@code copy_bands}; nothing reads them now.)
     */
    public static final String COPY_SIGNATURE = "copy_signature";

    /** Facets: a dimension per name type, holding canonical names, and one for the source. */
    public static final FacetsConfig FACETS = facets();

    private static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        // Drill-down asks for one value at a time; a term for a whole dimension would list nearly every article.
        for (NameType type : NameType.values()) {
            config.setMultiValued(type.label(), true);
            config.setDrillDownTermsIndexing(type.label(), FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
        config.setDrillDownTermsIndexing(SOURCE, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        return config;
    }

    /** The term of the articles from one source. */
    public static Term sourceTerm(String source) {
        return DrillDownQuery.term(FACETS.getDimConfig(SOURCE).indexFieldName, SOURCE, source);
    }

    /** Names of one type, e.g. {@code names_person}. */
    public static String names(NameType type) {
        return NAMES + "_" + type.label();
    }

    /**
     * How many times a plain word in the headline counts against one in the text, where both are scored as one
     * field (BM25F); fitted on real news and the sample (EVALUATION.md).
     */
    public static final int HEADLINE_WEIGHT = 4;

    /**
     * How many of the text's first words {@link #WORDS} holds a second time, after the headline: the lead of a news
     * article says what it is about, and its words then count twice. Fitted on real news and the sample
     * (EVALUATION.md); indexes written before format 5 do not have them.
     */
    public static final int LEAD_WORDS = 30;

    /**
     * The text, then the headline, {@link #HEADLINE_WEIGHT} times, then the text's first {@link #LEAD_WORDS} words
     * again, as one field: plain words, phrases and
     * {@code text:} search it, snippets are cut from its offsets. A term of it scores as BM25F over headline and text
     * does (Lucene's {@code CombinedFieldQuery}), and Lucene skips the articles that cannot reach the top by each
     * block's best score, where the combined query knows only one bound for the whole index. Values are
     * {@link LedeAnalyzer}'s position gap apart, so a phrase never runs from the text into the headline.
     */
    public static final String WORDS = "words";

    /**
     * Query-time boosts of the fields that phrases and patterns are searched in at once, given the field that holds
     * the text ({@link #WORDS}, or {@link #BODY} in an index written before format 4).
     */
    public static Map<String, Float> searched(String text) {
        return Map.of(TITLE, 2.0f, text, 1.0f, NAMES, 1.5f);
    }

    private Fields() {}
}
