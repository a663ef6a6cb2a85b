/**
 * The SolrCloud backend: the configset shipped in the jar, the collection's set-up, reports
 * mirrored from the index into the collection, and searches answered by it through the same
 * query compiler and result records as the embedded index. Uses SolrJ over plain HTTP only;
 * it never puts code of ours on the Solr nodes.
 */
package org.reliefarchive.solr;
