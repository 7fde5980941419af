package dev.lede.internal.index;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;

/**
 * How an index holds headline and text, which earlier versions of lede did differently: searching reads all
 * three, writing writes only {@link #WORDS}.
 */
public enum TextLayout {
    /** Format 2: headline and text in fields of their own, plain words searched over both ({@code CombinedFieldQuery}). */
    SEPARATE(Fields.BODY, false),
    /** Format 3: as {@link #SEPARATE}, and plain words also in {@link Fields#WORDS} (frequencies only). */
    WORDS_BESIDE_TEXT(Fields.BODY, true),
    /** Format 4: {@link Fields#WORDS} alone holds the text, with positions and offsets; the text is only stored. */
    WORDS(Fields.WORDS, true);

    private final String textField;
    private final boolean wordsField;

    TextLayout(String textField, boolean wordsField) {
        this.textField = textField;
        this.wordsField = wordsField;
    }

    /** The field phrases, {@code text:} and snippets use. */
    public String textField() {
        return textField;
    }

    /** Whether plain words are terms of {@link Fields#WORDS}. */
    public boolean wordsField() {
        return wordsField;
    }

    /** The layout of the index {@code reader} reads; an empty index is written as today. */
    public static TextLayout of(IndexReader reader) {
        if (reader == null || reader.numDocs() == 0) {
            return WORDS;
        }
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        FieldInfo body = fields.fieldInfo(Fields.BODY);
        if (body == null || body.getIndexOptions() == IndexOptions.NONE) {
            return WORDS;
        }
        return fields.fieldInfo(Fields.WORDS) == null ? SEPARATE : WORDS_BESIDE_TEXT;
    }
}
