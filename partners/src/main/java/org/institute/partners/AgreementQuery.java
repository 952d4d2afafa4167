package org.institute.partners;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;

/**
 * Filters for the agreement list. {@code sort}: signedOn (default, newest first), title, expiresOn.
 */
public record AgreementQuery(String text, PartnerId party, AgreementStatus status, String sort)
    implements Serializable {

  public static final Set<String> SORTABLE = Set.of("signedOn", "title", "expiresOn");

  public AgreementQuery {
    String key =
        sort == null || sort.isBlank() ? null : sort.startsWith("-") ? sort.substring(1) : sort;
    if (key != null && !SORTABLE.contains(key)) {
      throw InvalidCommandException.of("sort", "sort.unsupported");
    }
    if (text != null && text.length() > 200) {
      throw InvalidCommandException.of("q", "field.tooLong");
    }
  }

  public static AgreementQuery all() {
    return new AgreementQuery(null, null, null, null);
  }
}
