package org.reliefarchive.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.reliefarchive.search.Snippet;

/**
 * The JSON form of a snippet in the API and in {@code search --json}: one string of escaped text
 * with the matched ranges in {@code <mark>}, nothing else, as the search page shows it.
 */
public final class SnippetJson extends SimpleModule {
  /** A module that writes every {@link Snippet} that way. */
  public SnippetJson() {
    super("snippet-json");
    addSerializer(Snippet.class, new JsonSerializer<>() {
      @Override
      public void serialize(Snippet s, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(Html.marked(s));
      }
    });
  }
}
