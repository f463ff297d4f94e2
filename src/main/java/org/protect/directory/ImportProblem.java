package org.protect.directory;

/**
 * One thing wrong with an imported entry.
 *
 * @param position the entry's position in the document (from 1), or the line of a CSV file
 * @param key the entry's key, when it has one
 * @param field the field at fault, as named in the exchange format or the CSV header
 * @param messageKey the message that explains it
 * @param arguments the message's arguments
 */
public record ImportProblem(int position, String key, String field, String messageKey, Object... arguments) {
}
