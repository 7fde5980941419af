package dev.lede.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** The user asked for something that cannot work as given (a bad argument, a file that is not a model); exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }

    /** A file the user named could not be read: one sentence naming it, e.g. "The name labels x.jsonl do not exist." */
    static UsageException unreadable(String what, Path file, IOException e) {
        return new UsageException(unreadableMessage(what, file, e));
    }

    static String unreadableMessage(String what, Path file, IOException e) {
        String the = "The " + what + " " + file;
        if (e instanceof NoSuchFileException) {
            return the + " does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return the + " cannot be read (permission denied).";
        }
        if (e instanceof CharacterCodingException) {
            return the + " is not UTF-8 text.";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        reason = reason == null ? "" : reason.strip();
        return the + " cannot be read" + (reason.isEmpty() ? "." : ": " + reason.toLowerCase(Locale.ROOT) + ".");
    }
}
