package org.reliefarchive.solr;

import java.io.IOException;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the reports collection on a SolrCloud cluster: uploads the configset of the jar
 * ({@link SolrConfigset}) through the configset API and creates the collection with it, with
 * the shards and replicas asked for. Uploading again replaces the configset (a newer version of
 * ours); an existing collection is left as it is and said so.
 */
public final class SolrSetup {
  private static final Logger LOG = LoggerFactory.getLogger(SolrSetup.class);

  private SolrSetup() {}

  /** What {@link #run} did. */
  public record Outcome(String configset, String collection, boolean created) {}

  /**
   * Uploads the configset as {@code configset} and creates {@code collection} unless it exists.
   *
   * @throws IOException naming the step when the cluster refuses or cannot be reached
   */
  public static Outcome run(SolrClient client, String configset, String collection, int shards,
      int replicas) throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("shards and replicas must be at least 1; got "
          + shards + " and " + replicas);
    }
    try {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(configset);
      upload.setOverwrite(true);
      upload.setCleanup(true);
      ContentStreamBase.ByteArrayStream zip =
          new ContentStreamBase.ByteArrayStream(SolrConfigset.zip(), "configset.zip");
      zip.setContentType("application/octet-stream");
      upload.setUploadStream(zip);
      upload.process(client);
      LOG.info("Configset {} uploaded", configset);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException("cannot upload the configset " + configset + ": " + e.getMessage(),
          e);
    }
    try {
      List<String> existing = CollectionAdminRequest.listCollections(client);
      if (existing.contains(collection)) {
        LOG.info("Collection {} exists; left as it is", collection);
        return new Outcome(configset, collection, false);
      }
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(collection, configset, shards, replicas);
      create.setWaitForFinalState(true);
      create.process(client);
      LOG.info("Collection {} created: {} shards x {} replicas", collection, shards, replicas);
      return new Outcome(configset, collection, true);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException("cannot create the collection " + collection + ": "
          + e.getMessage(), e);
    }
  }
}
