package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server from configuration ({@code INSTITUTE_SMTP_*}); absent host means no delivery. */
@ApplicationScoped
public class SmtpSettings {

  @Inject
  @ConfigProperty(name = "institute.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "institute.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "institute.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "institute.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "institute.smtp.from", defaultValue = "noreply@ssijri.example")
  String from;

  @Inject
  @ConfigProperty(name = "institute.smtp.starttls", defaultValue = "false")
  boolean startTls;

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  Properties sessionProperties() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host.orElseThrow());
    p.put("mail.smtp.port", Integer.toString(port));
    p.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
    p.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    return p;
  }

  Optional<String> user() {
    return user;
  }

  Optional<String> password() {
    return password;
  }

  String from() {
    return from;
  }
}
