package org.institute.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * An in-process SMTP server standing in for the institute's mail server (outside the system), one
 * per test JVM, started with its server ({@link SharedPayaraMicro}) so that the server's mail never
 * meets a closed port, and stopped when the JVM ends: tests take it as a parameter
 * ({@code @ExtendWith(Mailbox.class)}) and look for mail by its recipient, which each test makes
 * unique.
 */
final class Mailbox implements ParameterResolver {
  private static Mailbox running;
  private static final Pattern TOKEN =
      Pattern.compile("set-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private GreenMail smtp;

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Mailbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return running();
  }

  /** This test JVM's mail server, started on first use. */
  static synchronized Mailbox running() {
    if (running == null) {
      Mailbox mailbox = new Mailbox();
      mailbox.smtp =
          new GreenMail(new ServerSetup(SharedPayaraMicro.mailPort(), "127.0.0.1", "smtp"));
      mailbox.smtp.start();
      Runtime.getRuntime().addShutdownHook(new Thread(mailbox.smtp::stop));
      running = mailbox;
    }
    return running;
  }

  /** The newest message to a recipient, waiting for the outbox to deliver it. */
  MimeMessage awaitMailTo(String recipient, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      MimeMessage[] received = smtp.getReceivedMessages();
      for (int i = received.length - 1; i >= 0; i--) {
        MimeMessage m = received[i];
        if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))) {
          return m;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no mail to " + recipient + " within " + timeout);
  }

  /** How many messages a recipient has received so far. */
  long countTo(String recipient) throws Exception {
    long n = 0;
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))) {
        n++;
      }
    }
    return n;
  }

  /** The messages a recipient has received so far, oldest first. */
  java.util.List<MimeMessage> received(String recipient) throws Exception {
    java.util.List<MimeMessage> messages = new java.util.ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))) {
        messages.add(m);
      }
    }
    return messages;
  }

  /** The subjects of the messages a recipient has received so far, oldest first. */
  java.util.List<String> subjectsTo(String recipient) throws Exception {
    java.util.List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage m : received(recipient)) {
      subjects.add(m.getSubject());
    }
    return subjects;
  }

  static String body(MimeMessage message) {
    return GreenMailUtil.getBody(message);
  }

  /** The token of the set-password link in an invitation or reset e-mail. */
  static String linkToken(MimeMessage message) {
    String body = body(message).replace("=\r\n", "").replace("=3D", "=");
    Matcher m = TOKEN.matcher(body);
    if (!m.find()) {
      throw new AssertionError("no set-password link in: " + body);
    }
    return m.group(1);
  }
}
