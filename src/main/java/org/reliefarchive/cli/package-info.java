/**
 * The picocli commands ({@code demo}, {@code crawl}, {@code reindex}, {@code serve}, {@code
 * search}, {@code extract}, {@code evaluate}, {@code tag-accuracy}, {@code bench}, {@code
 * bench-extract}) that build the pipeline's objects by hand and run them. The only place that
 * reads flags, the environment or prints to the terminal.
 */
package org.reliefarchive.cli;
