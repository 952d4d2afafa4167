package org.institute.web.platform.json;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.institute.core.Jsonp;

/**
 * Reads the JSON-P bodies of decision 0009 so that any unreadable body is a 400 problem: bytes that
 * are not UTF-8, a body too short to guess its encoding, nesting beyond the parser's limit, a text
 * or number where an object is expected, or anything after the value. The provider that the server
 * brings answered some of these with a 500.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonStructureReader implements MessageBodyReader<JsonStructure> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonStructure.class.isAssignableFrom(type);
  }

  @Override
  public JsonStructure readFrom(
      Class<JsonStructure> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entity) {
    JsonValue value = read(entity);
    if (!type.isInstance(value)) {
      throw new BadRequestException("the body is not a JSON " + type.getSimpleName());
    }
    return (JsonStructure) value;
  }

  /** One JSON value from a UTF-8 body; anything unreadable is a BadRequestException. */
  static JsonValue read(InputStream entity) {
    // RFC 8259: JSON between systems is UTF-8; a declared charset is not followed, and bytes that
    // are not UTF-8 are refused rather than replaced
    InputStreamReader text =
        new InputStreamReader(
            entity,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try (JsonReader reader = Jsonp.reader(text)) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw new BadRequestException(e);
    } catch (JsonException | IllegalStateException e) {
      // Parsson reports nesting beyond its limit as a bare RuntimeException subclass and coding
      // errors as a JsonException around CharacterCodingException
      throw new BadRequestException(new JsonParsingException(message(e), e, null));
    } catch (RuntimeException e) {
      if (e.getCause() instanceof CharacterCodingException
          || String.valueOf(e.getMessage()).contains("nested")) {
        throw new BadRequestException(new JsonParsingException(message(e), e, null));
      }
      throw e;
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? "unreadable JSON" : e.getMessage();
  }
}
