package dev.lede.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The paragraphs of the XHTML that Tika makes of a document. A paragraph is a block element ({@code <p>}, a heading,
 * a list item, a table cell), or, inside one, a run of text between blank lines (a plain-text e-mail is one block);
 * the line breaks inside a paragraph are where a PDF's lines ended, so they become spaces.
 */
final class Paragraphs extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "pre", "blockquote", "br");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00a0]+");

    private final int maxChars;
    private final StringBuilder block = new StringBuilder();
    private final List<String> paragraphs = new ArrayList<>();
    private long chars;

    Paragraphs(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (BLOCKS.contains(localName)) {
            flush();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (BLOCKS.contains(localName)) {
            flush();
        }
    }

    @Override
    public void characters(char[] text, int start, int length) {
        chars += length;
        if (chars <= maxChars) {
            block.append(text, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] text, int start, int length) {
        characters(text, start, length);
    }

    @Override
    public void endDocument() {
        flush();
    }

    private void flush() {
        for (String part : BLANK_LINE.split(block.toString().replace("\r\n", "\n").replace('\r', '\n'))) {
            String paragraph = WHITE_SPACE.matcher(part).replaceAll(" ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        block.setLength(0);
    }

    boolean tooLong() {
        return chars > maxChars;
    }

    List<String> list() {
        flush();
        return List.copyOf(paragraphs);
    }
}
