package org.reliefarchive.enrich;

/**
 * Where a tag was found: {@code [start, end)} of the tagged text, and the text there as written
 * (traditional characters stay traditional).
 *
 * @param start first character
 * @param end one past the last character
 * @param text the original text of the span
 */
public record Mention(int start, int end, String text) {}
