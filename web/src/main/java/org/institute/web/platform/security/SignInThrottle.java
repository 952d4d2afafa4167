package org.institute.web.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;

/**
 * Throttles failed sign-ins per client address, across accounts, for the portal form and the token
 * endpoint alike (credential stuffing over many usernames passes under the per-account lock). Kept
 * in memory per instance: behind a load balancer each instance counts its own share, see
 * docs/decisions/0064-sign-in-throttle-per-address.md.
 *
 * <p>The client address is the TCP peer's, unless the peer is one of the configured trusted proxies
 * ({@code institute.security.trusted-proxies}, none by default): then it is the rightmost {@code
 * X-Forwarded-For} entry that is not itself a trusted proxy. A trusted proxy's own requests without
 * the header (health checks) are not throttled, since throttling the proxy would refuse everybody
 * behind it.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  @Inject
  @ConfigProperty(name = "institute.security.signin.address-failures", defaultValue = "20")
  int limit;

  @Inject
  @ConfigProperty(name = "institute.security.signin.address-window", defaultValue = "PT10M")
  Duration window;

  @Inject
  @ConfigProperty(name = "institute.security.signin.max-addresses", defaultValue = "10000")
  int maxAddresses;

  @Inject
  @ConfigProperty(name = "institute.security.trusted-proxies")
  Optional<String> trustedProxies;

  @Inject private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();
  private AddressThrottle throttle;
  private Set<String> trusted;
  private Instant lastPurge = Instant.EPOCH;

  @PostConstruct
  void configure() {
    throttle = new AddressThrottle(limit, window, maxAddresses);
    trusted = parseTrusted(trustedProxies.orElse(null));
    if (!trusted.isEmpty()) {
      LOG.info(() -> "X-Forwarded-For is trusted from " + trusted);
    }
  }

  /**
   * Literal addresses, comma-separated; {@code local} stands for every address of this host (a
   * proxy on the same machine, which may connect from any of its interfaces).
   */
  static Set<String> parseTrusted(String list) {
    if (list == null) {
      return Set.of();
    }
    Set<String> trusted = new java.util.HashSet<>();
    for (String entry : list.split(",")) {
      String e = entry.trim();
      if (e.equalsIgnoreCase("local")) {
        trusted.addAll(localAddresses());
      } else if (!e.isEmpty()) {
        trusted.add(normalised(e));
      }
    }
    return Set.copyOf(trusted);
  }

  private static Set<String> localAddresses() {
    Set<String> local = new java.util.HashSet<>(Set.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
    try {
      for (java.net.NetworkInterface nic :
          Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          local.add(normalised(address.getHostAddress()));
        }
      }
    } catch (java.net.SocketException e) {
      LOG.warning(() -> "cannot list this host's addresses, trusting loopback only: " + e);
    }
    return local;
  }

  /** The address the throttle counts for this request; empty for a trusted proxy's own requests. */
  public Optional<String> clientAddress(HttpServletRequest request) {
    List<String> forwarded = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      Arrays.stream(header.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(forwarded::add);
    }
    return clientAddress(request.getRemoteAddr(), forwarded, trusted);
  }

  static Optional<String> clientAddress(
      String rawPeer, List<String> forwarded, Set<String> trusted) {
    String peer = normalised(rawPeer);
    if (!trusted.contains(peer)) {
      // a header from anyone else is the client's own claim, worth nothing
      return Optional.of(peer);
    }
    for (int i = forwarded.size() - 1; i >= 0; i--) {
      String hop = normalised(forwarded.get(i));
      if (!trusted.contains(hop)) {
        // the proxy appended this entry itself; anything further left the client may have forged
        return Optional.of(ADDRESS.matcher(hop).matches() ? hop : "unparsable-forwarded-address");
      }
    }
    return Optional.empty();
  }

  /**
   * One spelling per address ({@code ::1} and {@code 0:0:0:0:0:0:0:1} are the same client). Only
   * literals are parsed, never names, so that nothing here waits for DNS.
   */
  static String normalised(String address) {
    if (address == null) {
      return "";
    }
    String a = address.trim();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    int zone = a.indexOf('%');
    if (zone > 0 && a.contains(":")) {
      a = a.substring(0, zone); // an IPv6 zone names the interface, not the client
    }
    boolean literal =
        IPV4.matcher(a).matches() || (a.contains(":") && ADDRESS.matcher(a).matches());
    if (!literal) {
      return a;
    }
    try {
      return InetAddress.getByName(a).getHostAddress();
    } catch (UnknownHostException e) {
      return a;
    }
  }

  /** How long this address must wait; empty when it may try to sign in. */
  public synchronized Optional<Duration> refusal(Optional<String> address) {
    if (address.isEmpty()) {
      return Optional.empty();
    }
    return throttle.refusal(address.get(), clock.instant());
  }

  /**
   * Counts a refused sign-in from this address; audits and logs once when the limit is reached. In
   * a transaction of its own making when the caller has none (the audit trail needs one).
   */
  @Transactional
  public void failed(Optional<String> address) {
    if (address.isEmpty()) {
      return;
    }
    boolean engaged;
    synchronized (this) {
      Instant now = clock.instant();
      engaged = throttle.failed(address.get(), now);
      if (now.isAfter(lastPurge.plus(window))) {
        throttle.purge(now);
        lastPurge = now;
      }
    }
    if (engaged) {
      String summary =
          limit
              + " failed sign-ins within "
              + window
              + " from this address; further attempts refused";
      LOG.warning(() -> "sign-in throttle engaged for client address " + address.get());
      audit.recordAs(Caller.SYSTEM, "SIGN_IN_THROTTLED", "ClientAddress", address.get(), summary);
    }
  }

  /** The wait in whole seconds for a Retry-After header, at least one. */
  public static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
