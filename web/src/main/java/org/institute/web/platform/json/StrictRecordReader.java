package org.institute.web.platform.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Binds JSON bodies to the records that licensing and talent resources take, strictly (decision
 * 0060): the body must be one JSON object, read as UTF-8, whose every field the record has. JSON-B
 * alone took {@code [{}]} for an empty command and ignored unknown fields. Before binding, {@link
 * RecordFields} refuses unknown fields and wrong types with a violation naming each field, in the
 * codes of {@link JsonFields}, so both ways of reading a body answer the same mistake the same way.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictRecordReader implements MessageBodyReader<Record> {

  private final Jsonb jsonb = new StrictJsonb().getContext(Record.class);

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entity) {
    JsonValue value = StrictJsonStructureReader.read(entity);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      // an explicit null body: the resources answer "body required" themselves
      return null;
    }
    if (!(value instanceof JsonObject object)) {
      throw new BadRequestException("the body is not a JSON object");
    }
    // unknown fields and wrong types are refused field by field, as JsonFields does (0009, 0077)
    RecordFields.check(object, type);
    try {
      return jsonb.fromJson(value.toString(), genericType);
    } catch (JsonbException e) {
      throw new BadRequestException(
          new JsonParsingException(String.valueOf(e.getMessage()), e, null));
    }
  }
}
