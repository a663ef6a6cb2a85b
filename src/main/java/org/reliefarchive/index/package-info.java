/**
 * The Lucene index: {@link org.reliefarchive.index.IndexSchema} owns the field names, the one
 * {@code FacetsConfig} and the analyzer; the writer upserts enriched articles by stable id. It
 * does not parse queries or serve anything.
 */
package org.reliefarchive.index;
