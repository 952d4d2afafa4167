package org.institute.web.platform.json;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import org.institute.core.PartnerId;

/**
 * A partner's id in a response is its number, as every other record's id is ({@code "partner": 3},
 * no longer {@code {"value": 3}}; issue 17, decision 0095). Requests already took the plain number.
 */
public class PartnerIdJson implements JsonbSerializer<PartnerId> {

  @Override
  public void serialize(PartnerId id, JsonGenerator generator, SerializationContext context) {
    generator.write(id.value());
  }
}
