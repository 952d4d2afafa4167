package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A named approver role (decision 0108) and the admins who hold it.
 *
 * @param code how approval policies' rules name it (lower case letters, digits and dashes)
 * @param holders the usernames of the admins who hold it, in alphabetical order
 */
public record ApproverRoleView(
    String code,
    String name,
    String nameZh,
    List<String> holders,
    String createdBy,
    Instant createdAt)
    implements Serializable {

  public ApproverRoleView {
    holders = List.copyOf(holders);
  }

  /** The name in the reader's language: the Chinese one for Chinese readers. */
  public String name(String languageTag) {
    return languageTag != null && languageTag.startsWith("zh") ? nameZh : name;
  }
}
