package dev.lede.internal.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of a text (or of its start) as one field indexed them, kept so that another field of the same document
 * indexes them again without analysing the text again: the headline is indexed in its own field and, repeated, in the
 * field of plain words; the text's lead in that field a second time. Lucene turns a document's fields into postings
 * one after another, in the document's order, so a field added later replays what an earlier one recorded; one asked
 * for before that (by anything else that reads the document) analyses the text itself, with the same tokens, as
 * {@link LedeAnalyzer} analyses every field alike.
 *
 * <p>Only what postings are made of is kept: the word, its position increment and its offsets. Not thread-safe: it
 * belongs to one document, which one thread indexes.
 */
final class RecordedTokens {
    private final String text;
    private final int upTo;
    private char[] chars = new char[128];
    private int charCount;
    private int[] wordEnds = new int[16];
    private int[] increments = new int[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private int finalIncrement;
    private boolean complete;

    /**
     * Tokens of {@code text} that start before {@code upTo}, which must be where {@code text} is cut at a space (or
     * its length): the tokens of the text up to there are then those of the whole text that start before it.
     */
    RecordedTokens(String text, int upTo) {
        this.text = text;
        this.upTo = upTo;
    }

    /** {@code analysed} (the analysis of {@code text}), recording its tokens as they pass. */
    TokenStream recording(TokenStream analysed) {
        return new Recording(analysed);
    }

    /**
     * The recorded tokens, each {@code times} times in a row, the copies each a position further (a form standing at
     * its word's position, such as a capitalised word's unstemmed form, stays at the last copy's), with the text's
     * offsets; ending as the analysis of the text up to {@code upTo} ends.
     */
    TokenStream replay(Analyzer analyzer, String field, int times) throws IOException {
        if (!complete) {
            try (TokenStream stream = recording(analyzer.tokenStream(field, text.substring(0, upTo)))) {
                stream.reset();
                while (stream.incrementToken()) {
                    // recorded as they pass
                }
                stream.end();
            }
        }
        return new Replay(times);
    }

    private void add(CharTermAttribute term, int increment, int start, int end) {
        if (count == starts.length) {
            int size = count * 2;
            wordEnds = Arrays.copyOf(wordEnds, size);
            increments = Arrays.copyOf(increments, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
        }
        if (charCount + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + term.length()));
        }
        System.arraycopy(term.buffer(), 0, chars, charCount, term.length());
        charCount += term.length();
        wordEnds[count] = charCount;
        increments[count] = increment;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    private final class Recording extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

        Recording(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (offset.startOffset() < upTo) {
                add(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            // Cut short, the words skipped at the cut (stop words) are not known; nothing follows a lead in its field.
            finalIncrement = upTo < text.length() ? 0 : increment.getPositionIncrement();
            complete = true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            charCount = 0;
            count = 0;
            complete = false;
        }
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final int times;
        private int next;
        private int copy;

        Replay(int times) {
            this.times = times;
        }

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            int wordStart = next == 0 ? 0 : wordEnds[next - 1];
            term.copyBuffer(chars, wordStart, wordEnds[next] - wordStart);
            increment.setPositionIncrement(copy == 0 || increments[next] == 0 ? increments[next] : 1);
            offset.setOffset(starts[next], ends[next]);
            if (++copy == times) {
                copy = 0;
                next++;
            }
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(finalIncrement);
            offset.setOffset(upTo, upTo);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            copy = 0;
        }
    }
}
