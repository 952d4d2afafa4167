package org.institute.licensing;

import java.io.Serializable;

/**
 * A named approver role a submitted deal needs (decision 0108): one approval by a holder of the
 * role meets it.
 *
 * @param code the role's code, as the rule named it
 * @param name the role's English name ({@code null} where the deal's needs were not read with
 *     names)
 * @param nameZh the role's Chinese name
 * @param met whether a holder of the role has approved in this round of review
 * @param approvedBy the holder whose approval met it; {@code null} while not met
 */
public record NamedRoleNeed(String code, String name, String nameZh, boolean met, String approvedBy)
    implements Serializable {

  /** The role's name in the reader's language: the Chinese one for Chinese readers. */
  public String name(String languageTag) {
    String chosen =
        languageTag != null && languageTag.startsWith("zh") && nameZh != null ? nameZh : name;
    return chosen == null ? code : chosen;
  }

  /** The same need with the role's names. */
  public NamedRoleNeed named(String english, String chinese) {
    return new NamedRoleNeed(code, english, chinese, met, approvedBy);
  }
}
