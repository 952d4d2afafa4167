package org.institute.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Mailer;
import org.institute.core.Role;
import org.institute.core.UserQuery;
import org.institute.core.domain.IdempotencyRecord;
import org.institute.core.domain.IdempotencyRepository;
import org.institute.core.domain.MailTransport;
import org.institute.core.domain.OutboxMessage;
import org.institute.core.domain.OutboxRepository;
import org.institute.core.domain.PasswordHashing;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;
import org.institute.core.testing.Wiring;

/** Small hand-made collaborators of the core's application services. */
final class Fakes {
  private Fakes() {}

  static Clock clockAt(Instant now) {
    return Clock.fixed(now, ZoneOffset.UTC);
  }

  /** Accounts in a map, numbered from 1. */
  static final class Accounts implements UserAccountRepository {
    final Map<Long, UserAccount> byId = new LinkedHashMap<>();

    @Override
    public Optional<UserAccount> findByUsername(String username) {
      return byId.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<UserAccount> find(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public UserAccount add(UserAccount account) {
      long id = byId.size() + 1L;
      Wiring.assignId(account, id);
      byId.put(id, account);
      return account;
    }

    @Override
    public long count() {
      return byId.size();
    }

    @Override
    public long countEnabledWith(Role role) {
      return byId.values().stream().filter(a -> a.enabled() && a.roles().contains(role)).count();
    }

    @Override
    public List<UserAccount> search(UserQuery query, int firstResult, int maxResults) {
      return new ArrayList<>(byId.values());
    }

    @Override
    public long count(UserQuery query) {
      return byId.size();
    }

    @Override
    public void flush() {}
  }

  /** A hash that is the password with a prefix: enough to tell right from wrong. */
  static final class Hashing implements PasswordHashing {
    int checks;

    @Override
    public String hash(char[] password) {
      return "h:" + new String(password);
    }

    @Override
    public boolean matches(char[] password, String storedHash) {
      checks++;
      return password != null && ("h:" + new String(password)).equals(storedHash);
    }
  }

  /** Mail kept as "to: subject". */
  static final class Mails implements Mailer {
    final List<String> sent = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();

    @Override
    public void send(String recipient, String subject, String body) {
      sent.add(recipient + ": " + subject);
      bodies.add(body);
    }
  }

  static class Idempotency implements IdempotencyRepository {
    final Map<String, IdempotencyRecord> records = new LinkedHashMap<>();
    final Map<IdempotencyRecord, String> keys = new LinkedHashMap<>();

    @Override
    public Optional<IdempotencyRecord> find(String username, String key) {
      return Optional.ofNullable(records.get(username + "/" + key));
    }

    void put(String username, String key, IdempotencyRecord r) {
      records.put(username + "/" + key, r);
      keys.put(r, username + "/" + key);
    }

    @Override
    public void add(IdempotencyRecord record) {
      String key = "pending/" + records.size();
      try {
        var u = IdempotencyRecord.class.getDeclaredField("username");
        var k = IdempotencyRecord.class.getDeclaredField("key");
        u.setAccessible(true);
        k.setAccessible(true);
        key = u.get(record) + "/" + k.get(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (records.containsKey(key)) {
        // the table's unique key on (username, key)
        throw new IllegalStateException("duplicate key " + key);
      }
      records.put(key, record);
      keys.put(record, key);
    }

    @Override
    public void remove(IdempotencyRecord record) {
      records.remove(keys.remove(record));
    }
  }

  static final class Outbox implements OutboxRepository {
    final Map<Long, OutboxMessage> byId = new LinkedHashMap<>();

    @Override
    public void add(OutboxMessage message) {
      long id = byId.size() + 1L;
      Wiring.assignId(message, id);
      byId.put(id, message);
    }

    @Override
    public List<OutboxMessage> latest(int firstResult, int maxResults) {
      return byId.values().stream().skip(firstResult).limit(maxResults).toList();
    }

    @Override
    public long count() {
      return byId.size();
    }

    @Override
    public List<Long> pendingIds(int max) {
      return byId.entrySet().stream()
          .filter(e -> e.getValue().isPending())
          .map(Map.Entry::getKey)
          .limit(max)
          .toList();
    }

    @Override
    public Optional<OutboxMessage> lockPending(long id) {
      return Optional.ofNullable(byId.get(id)).filter(OutboxMessage::isPending);
    }
  }

  /** A transport that delivers to a list, refusing the addresses it is told to. */
  static final class Transport implements MailTransport {
    boolean available = true;
    final List<String> delivered = new ArrayList<>();
    final List<String> refusing = new ArrayList<>();

    @Override
    public boolean available() {
      return available;
    }

    @Override
    public void deliver(String recipient, String subject, String body) throws Exception {
      if (refusing.contains(recipient)) {
        throw new java.io.IOException("550 no such user " + recipient);
      }
      delivered.add(recipient + ": " + subject);
    }
  }
}
