package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.core.WebhookEventType;

/** An address that asked to be told of some event types, with the secret its messages carry. */
@Entity
@Table(name = "core_webhook_endpoint")
public class WebhookEndpoint {

  public static final int MAX_URL = 500;
  public static final int MAX_DESCRIPTION = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_URL)
  private String url;

  @Column(length = MAX_DESCRIPTION)
  private String description;

  /** The wire names of the event types, comma-separated. */
  @Column(name = "event_types", nullable = false, length = 500)
  private String eventTypes;

  @Column(nullable = false, length = 64)
  private String secret;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Version private long version;

  protected WebhookEndpoint() {}

  /**
   * An endpoint, checked: an absolute HTTPS address (plain HTTP only on the loopback interface), at
   * least one event type, a description of at most {@value #MAX_DESCRIPTION} characters.
   *
   * @throws InvalidCommandException naming every field that is wrong
   */
  public WebhookEndpoint(
      String url,
      String description,
      Set<WebhookEventType> types,
      String secret,
      Instant now,
      String createdBy) {
    this(url, description, types, List.of(), secret, now, createdBy);
  }

  /**
   * An endpoint, checked as above; {@code unknownTypes} are names a client sent that name no event
   * type, refused together with every other problem.
   *
   * @throws InvalidCommandException naming every field that is wrong
   */
  public WebhookEndpoint(
      String url,
      String description,
      Set<WebhookEventType> types,
      List<String> unknownTypes,
      String secret,
      Instant now,
      String createdBy) {
    List<Violation> violations = new ArrayList<>();
    String cleanUrl = url == null ? "" : url.trim();
    urlProblem(cleanUrl).ifPresent(key -> violations.add(new Violation("url", key)));
    String cleanDescription =
        description == null || description.isBlank() ? null : description.trim();
    if (cleanDescription != null && cleanDescription.length() > MAX_DESCRIPTION) {
      violations.add(new Violation("description", "webhook.description.tooLong"));
    }
    if (unknownTypes != null && !unknownTypes.isEmpty()) {
      violations.add(new Violation("eventTypes", "field.notAllowedValue"));
    } else if (types == null || types.isEmpty()) {
      violations.add(new Violation("eventTypes", "webhook.eventTypes.required"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidCommandException(violations);
    }
    this.url = cleanUrl;
    this.description = cleanDescription;
    this.eventTypes =
        EnumSet.copyOf(types).stream()
            .map(WebhookEventType::wireName)
            .collect(Collectors.joining(","));
    this.secret = secret;
    this.enabled = true;
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  /** Why an address cannot be an endpoint, as a message key, or empty when it can. */
  static java.util.Optional<String> urlProblem(String url) {
    if (url.isEmpty()) {
      return java.util.Optional.of("webhook.url.required");
    }
    if (url.length() > MAX_URL) {
      return java.util.Optional.of("webhook.url.tooLong");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return java.util.Optional.of("webhook.url.invalid");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
      return java.util.Optional.of("webhook.url.invalid");
    }
    if (scheme.equals("https")) {
      return java.util.Optional.empty();
    }
    if (scheme.equals("http") && loopback(uri.getHost())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("webhook.url.httpsOnly");
  }

  private static boolean loopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.equals("[::1]")
        || h.equals("::1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  public boolean wants(WebhookEventType type) {
    return enabled && types().contains(type);
  }

  public List<WebhookEventType> types() {
    return Arrays.stream(eventTypes.split(","))
        .map(WebhookEventType::parse)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  public void disable() {
    enabled = false;
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  public String description() {
    return description;
  }

  public String secret() {
    return secret;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
