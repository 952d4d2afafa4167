package org.institute.web.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for the request bodies that are bound to records: a field the record does not have is
 * refused (400) instead of silently dropped, as decision 0009 does for JSON-P bodies. Without it a
 * misspelt or forged field passed unnoticed and a body such as {@code {"a": 1}} was taken for an
 * empty, valid command (see docs/decisions/0060-strict-json-binding.md). A partner's id is written
 * as its plain number ({@link PartnerIdJson}, decision 0095).
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

  /** Yasson's switch; Jakarta JSON Binding 3.0 has no standard name for it. */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
              .withSerializers(new PartnerIdJson()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
