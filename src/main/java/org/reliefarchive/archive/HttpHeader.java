package org.reliefarchive.archive;

/**
 * One HTTP response header, in the order the server sent it.
 *
 * @param name header name as sent
 * @param value header value as sent
 */
public record HttpHeader(String name, String value) {}
