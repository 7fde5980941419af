package dev.lede.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the parts of a document that are its own text (an e-mail's plain or HTML body) and passes over attachments:
 * parts with a file name, or marked as an attachment. A message's article is what its sender wrote.
 */
final class BodyParts extends ParserDecorator {
    BodyParts(Parser parser) {
        super(parser);
    }

    @Override
    public void parse(InputStream part, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        String disposition = metadata.get("Content-Disposition");
        boolean attachment = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null
                || (disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment"));
        if (!attachment) {
            super.parse(part, handler, metadata, context);
        }
    }
}
