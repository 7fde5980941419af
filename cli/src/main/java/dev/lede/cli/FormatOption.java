package dev.lede.cli;

import dev.lede.InputFormat;
import picocli.CommandLine.Option;

/** {@code --format}, shared by the commands that read article files. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Read every input as text, jsonl or html (default: auto, by extension or content).",
            converter = Converter.class)
    InputFormat format;

    static final class Converter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> InputFormat.AUTO;
                case "text", "txt" -> InputFormat.TEXT;
                case "jsonl", "json-lines", "ndjson" -> InputFormat.JSON_LINES;
                case "html", "htm" -> InputFormat.HTML;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a format; use auto, text, jsonl or html");
            };
        }
    }
}
