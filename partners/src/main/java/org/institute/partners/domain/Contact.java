package org.institute.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.institute.partners.ContactPoint;

/** A contact point stored with its partner. */
@Embeddable
public class Contact {

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "contact_function", length = 200)
  private String function;

  @Column(length = 254)
  private String email;

  @Column(length = 50)
  private String phone;

  protected Contact() {}

  static Contact of(ContactPoint point) {
    Contact c = new Contact();
    c.name = point.name().trim();
    c.function = point.function();
    c.email = point.email();
    c.phone = point.phone();
    return c;
  }

  ContactPoint view() {
    return new ContactPoint(name, function, email, phone);
  }
}
