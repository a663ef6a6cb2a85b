package org.reliefarchive.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.reliefarchive.search.FacetValue;

/**
 * The JSON form of a facet value in the API and in {@code search --json}: {@code value} and
 * {@code count}, {@code "selected": true} only on a selected value and {@code children} only
 * where the region tree is open. A value's filter path is its parents' values and its own joined
 * by '/' (甘肃省/兰州市), so it is not repeated: the facets were most of an answer's bytes.
 */
public final class FacetJson extends SimpleModule {
  /** A module that writes every {@link FacetValue} that way. */
  public FacetJson() {
    super("facet-json");
    addSerializer(FacetValue.class, new JsonSerializer<>() {
      @Override
      public void serialize(FacetValue v, JsonGenerator g, SerializerProvider p)
          throws IOException {
        g.writeStartObject();
        g.writeStringField("value", v.value());
        g.writeNumberField("count", v.count());
        if (v.selected()) {
          g.writeBooleanField("selected", true);
        }
        if (!v.children().isEmpty()) {
          g.writeArrayFieldStart("children");
          for (FacetValue c : v.children()) {
            serialize(c, g, p);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
    });
  }
}
