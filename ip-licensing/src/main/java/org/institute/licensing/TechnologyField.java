package org.institute.licensing;

/**
 * The technology fields the institute knows: those of its three R&D centres. A patent family
 * records the field's {@link #text()}, as the families registered before disclosures named one do.
 */
public enum TechnologyField {
  DIGITAL_TECHNOLOGIES("digital technologies"),
  NEW_ENERGY("new energy"),
  BIOMEDICAL("biomedical");

  private final String text;

  TechnologyField(String text) {
    this.text = text;
  }

  /** The field as a patent family stores it. */
  public String text() {
    return text;
  }
}
