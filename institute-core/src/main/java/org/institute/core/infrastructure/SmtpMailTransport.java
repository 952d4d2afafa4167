package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.institute.core.domain.MailTransport;

/** Jakarta Mail over SMTP, UTF-8 plain text (names and subjects may be Chinese). */
@ApplicationScoped
class SmtpMailTransport implements MailTransport {

  @Inject private SmtpSettings settings;

  @Override
  public boolean available() {
    return settings.configured();
  }

  @Override
  public void deliver(String recipient, String subject, String body) throws Exception {
    Session session =
        Session.getInstance(
            settings.sessionProperties(),
            settings
                .user()
                .map(
                    u ->
                        (Authenticator)
                            new Authenticator() {
                              @Override
                              protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(
                                    u, settings.password().orElse(""));
                              }
                            })
                .orElse(null));
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    Transport.send(message);
  }
}
