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

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new AmpersandJoiner(reader);
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

    /** Gives, after some words, other forms of them at the same position. */
    private abstract static class ExtraForms extends TokenFilter {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        final TypeAttribute type = addAttribute(TypeAttribute.class);
        final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Deque<String> forms = new ArrayDeque<>();
        private final String formType;
        private final boolean stemForms;
        private AttributeSource.State word;

        ExtraForms(TokenStream input, String formType, boolean stemForms) {
            super(input);
            this.formType = formType;
            this.stemForms = stemForms;
        }

        /** Adds the current word's other forms, in order; may mark the word itself as not to be stemmed. */
        abstract void addForms(Deque<String> forms);

        @Override
        public final boolean incrementToken() throws IOException {
            if (!forms.isEmpty()) {
                restoreState(word);
                term.setEmpty().append(forms.removeFirst());
                increment.setPositionIncrement(0);
                keyword.setKeyword(!stemForms);
                type.setType(formType);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            addForms(forms);
            if (!forms.isEmpty()) {
                word = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            forms.clear();
            word = null;
        }
    }

    /** After a capitalised word that is not a stop word, its unstemmed form. */
    private static final class NameForms extends ExtraForms {
        private final CharArraySet stopWords;

        NameForms(TokenStream input, CharArraySet stopWords) {
            super(input, NAME_TYPE, false);
            this.stopWords = stopWords;
        }

        @Override
        void addForms(Deque<String> forms) {
            if (term.length() > 1 && Character.isUpperCase(term.charAt(0)) && Character.isLetter(term.charAt(1))
                    && !stopWords.contains(term.toString().toLowerCase(java.util.Locale.ROOT))) {
                forms.add(NAME_FORM + term);
            }
        }
    }

    /** A word of letters joined by {@code _} (from {@code &}) or dots stays whole, unstemmed, and its parts follow it. */
    private static final class JoinedParts extends ExtraForms {
        private static final Pattern JOINED = Pattern.compile("\\p{L}+(?:[._]\\p{L}+)+\\.?");
        private final boolean withParts;

        JoinedParts(TokenStream input, boolean withParts) {
            super(input, PART_TYPE, true);
            this.withParts = withParts;
        }

        @Override
        void addForms(Deque<String> forms) {
            if (!type.type().equals(NAME_TYPE) && mayBeJoined() && JOINED.matcher(term).matches()) {
                keyword.setKeyword(true);
                for (String part : term.toString().split("[._]")) {
                    if (!part.isEmpty() && withParts) {
                        forms.add(part);
                    }
                }
            }
        }

        /** Whether the word has a dot or an underscore, without which the pattern cannot match: most words have none. */
        private boolean mayBeJoined() {
            char[] chars = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (chars[i] == '.' || chars[i] == '_') {
                    return true;
                }
            }
            return false;
        }
    }
}
