package org.institute.web.platform.faces;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Files a person chose in a form that was refused for another field, held by a token so that the
 * form can be sent again without choosing the file again (issue 15: nothing uploaded is lost). The
 * newest {@link #capacity} files are kept; an older one is forgotten, and its form then asks for
 * the file again.
 */
public final class KeptFiles implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The longest token accepted; anything longer is not one of ours. */
  static final int MAX_TOKEN = 64;

  /** A kept file: its name as chosen and its content. */
  public record Kept(String token, String fileName, byte[] content) implements Serializable {}

  private final int capacity;
  private final LinkedHashMap<String, Kept> files = new LinkedHashMap<>();

  public KeptFiles(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /** Keeps a file and answers its token; the oldest file is forgotten when the store is full. */
  public synchronized Kept keep(String fileName, byte[] content) {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String name = fileName == null || fileName.isBlank() ? "document" : strip(fileName);
    Kept kept = new Kept(token, name, content.clone());
    files.put(token, kept);
    while (files.size() > capacity) {
      Iterator<String> oldest = files.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return kept;
  }

  /** The file kept under the token; none for an unknown, forgotten, blank or missing token. */
  public synchronized Optional<Kept> find(String token) {
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
      return Optional.empty();
    }
    return Optional.ofNullable(files.get(token));
  }

  /** Forgets the file (it was stored, or replaced). */
  public synchronized void drop(String token) {
    if (token != null) {
      files.remove(token);
    }
  }

  public synchronized int size() {
    return files.size();
  }

  /** A browser may send a whole path (old Internet Explorer): the name is its last part. */
  private static String strip(String fileName) {
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    return name.isBlank() ? "document" : name;
  }
}
