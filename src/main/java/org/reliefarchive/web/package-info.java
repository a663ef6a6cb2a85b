/**
 * The Javalin server: search page, JSON API and health check. Every crawled string is escaped
 * before it is shown. It reads through {@code search} only and never crawls or writes.
 */
package org.reliefarchive.web;
