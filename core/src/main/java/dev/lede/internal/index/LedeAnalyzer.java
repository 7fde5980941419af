package dev.lede.internal.index;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * English analysis for every text field: possessives removed ("Blinken’s" is "Blinken"), lower case,
 * accents folded ("Wróblewski" matches "Wroblewski"), English stop words dropped, Porter stemming.
 * Names of different articles' name lists never run together: a position gap separates values.
 * Two more forms stand at a word's position: a capitalised word also unstemmed ({@link #NAME_FORM},
 * "=greene" beside "green"), so a query can ask for the name and not the common word; and letters joined
 * by {@code &} or dots ({@code AT&T}, {@code S&P}, {@code U.S.}) stay one word as well as their parts.
 */
public final class LedeAnalyzer extends Analyzer {
    private static final int GAP_BETWEEN_VALUES = 100;

    private final boolean extraForms;
    private final LedeAnalyzer typedWords;

    public LedeAnalyzer() {
        this.extraForms = true;
        this.typedWords = new LedeAnalyzer(this);
    }

    private LedeAnalyzer(LedeAnalyzer withForms) {
        this.extraForms = false;
        this.typedWords = this;
    }

    /**
     * The same analysis without the extra forms, for what queries search other than plain words: a phrase or a
     * field filter then means the words as typed ({@code title:AT&T} is the whole word only).
     */
    public LedeAnalyzer typedWords() {
        return typedWords;
    }

    /** Starts a capitalised word's unstemmed form, which no typed word can produce. */
    public static final String NAME_FORM = "=";
    /** Token types of the extra forms, so a query can tell them from the words typed. */
    public static final String NAME_TYPE = "name";
    public static final String PART_TYPE = "part";

    /** {@code &} between letters becomes {@code _}, which the tokenizer keeps inside a word ("AT_T"). */
    private static final Pattern AMPERSAND = Pattern.compile("(?<=\\p{L})&(?=\\p{L})");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(AMPERSAND, "_", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        if (extraForms) {
            stream = new NameForms(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new JoinedParts(stream, extraForms);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }

    /** Adds, after a capitalised word that is not a stop word, its unstemmed form at the same position. */
    private static final class NameForms extends TokenFilter {
        private final CharArraySet stopWords;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private AttributeSource.State pending;

        NameForms(TokenStream input, CharArraySet stopWords) {
            super(input);
            this.stopWords = stopWords;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(pending);
                pending = null;
                String word = term.toString();
                term.setEmpty().append(NAME_FORM).append(word);
                increment.setPositionIncrement(0);
                keyword.setKeyword(true);
                type.setType(NAME_TYPE);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            if (term.length() > 1 && Character.isUpperCase(term.charAt(0)) && Character.isLetter(term.charAt(1))
                    && !stopWords.contains(term.toString().toLowerCase(java.util.Locale.ROOT))) {
                pending = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }
    }

    /** A word of letters joined by {@code _} (from {@code &}) or dots stays whole, unstemmed, and its parts follow it. */
    private static final class JoinedParts extends TokenFilter {
        private static final Pattern JOINED = Pattern.compile("\\p{L}+(?:[._]\\p{L}+)+\\.?");
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final Deque<String> parts = new ArrayDeque<>();
        private final boolean withParts;
        private AttributeSource.State whole;

        JoinedParts(TokenStream input, boolean withParts) {
            super(input);
            this.withParts = withParts;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!parts.isEmpty()) {
                restoreState(whole);
                term.setEmpty().append(parts.removeFirst());
                increment.setPositionIncrement(0);
                keyword.setKeyword(false);
                type.setType(PART_TYPE);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            if (!type.type().equals(NAME_TYPE) && JOINED.matcher(term).matches()) {
                keyword.setKeyword(true);
                for (String part : term.toString().split("[._]")) {
                    if (!part.isEmpty() && withParts) {
                        parts.add(part);
                    }
                }
                whole = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            parts.clear();
            whole = null;
        }
    }
}
