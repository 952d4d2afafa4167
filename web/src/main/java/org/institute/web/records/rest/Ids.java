package org.institute.web.records.rest;

import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.web.platform.rest.QueryParams;

/** A record id from a path: anything that is not a positive number names no record (404). */
final class Ids {
  private Ids() {}

  static long of(String text, String what) {
    try {
      Long value = QueryParams.id("id", text);
      if (value == null) {
        throw new RecordNotFoundException(what);
      }
      return value;
    } catch (InvalidCommandException e) {
      throw new RecordNotFoundException(what);
    }
  }
}
