package org.institute.core;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * The application's one JSON-P provider: every JSON builder and reader comes from here. The static
 * methods of {@code jakarta.json.Json} look the provider up through the {@link
 * java.util.ServiceLoader} on every call, which on the server scans every jar of the application's
 * class path for a service file: 7.7 % of the server's CPU in an enrolment burst (one body read,
 * one webhook payload per enrolment), where one lookup for the life of the application does
 * (decision 0116). A rule in the web module's tests keeps the rest of the code off {@code Json}'s
 * static methods.
 */
public final class Jsonp {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsonp() {}

  /** An empty object builder. */
  public static JsonObjectBuilder objectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  /** An object builder that starts with the members of {@code object}. */
  public static JsonObjectBuilder objectBuilder(JsonObject object) {
    return PROVIDER.createObjectBuilder(object);
  }

  /** An empty array builder. */
  public static JsonArrayBuilder arrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  /** A reader of one JSON text; the caller closes it. */
  public static JsonReader reader(Reader text) {
    return PROVIDER.createReader(text);
  }
}
