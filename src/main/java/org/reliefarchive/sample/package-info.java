/**
 * The bundled sample portal: real report pages in three portal layouts and encodings (GBK, UTF-8,
 * Big5), each portal on its own 127.0.0.1 port, for the {@code demo} command and the tests.
 * {@code sampleportal/manifest.json} on the classpath is the truth about what is served where.
 * Uses only the JDK and Jackson; imports nothing of the pipeline and never contacts the network.
 */
package org.reliefarchive.sample;
