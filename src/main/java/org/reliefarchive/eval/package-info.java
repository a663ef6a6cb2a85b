/**
 * Evaluators of the pipeline's stages against hand-annotated real pages: extraction ({@link
 * org.reliefarchive.eval.ExtractionEvaluator}, {@link org.reliefarchive.eval.SeedEvaluator}) and
 * tagging ({@link org.reliefarchive.eval.TagAccuracy}), on a corpus split by site into dev and test
 * ({@link org.reliefarchive.eval.CorpusPages}); and the benchmarks of extraction ({@link
 * org.reliefarchive.eval.ExtractionBench}), of indexing and queries ({@link
 * org.reliefarchive.eval.IndexBench}), of the search server under HTTP load ({@link
 * org.reliefarchive.eval.HttpBench}), the loopback portals of the crawl benchmark ({@link
 * org.reliefarchive.eval.BenchPortals}) and the SolrCloud test cluster the SolrCloud benchmark
 * and tests start ({@link org.reliefarchive.eval.LocalSolrCluster}). Nothing here runs in a crawl or a search a user makes.
 */
package org.reliefarchive.eval;
