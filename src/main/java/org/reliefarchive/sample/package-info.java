/**
 * The bundled sample portal: real report pages in several portal layouts and encodings, served
 * from 127.0.0.1 for the {@code demo} command and the tests. Imports nothing of the pipeline.
 */
package org.reliefarchive.sample;
