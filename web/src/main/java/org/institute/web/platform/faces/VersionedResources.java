package org.institute.web.platform.faces;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every Faces resource a version in its address, so that browsers may keep it for a year
 * ({@link StaticResourceCaching}): PrimeFaces' own already carry {@code v=<release>}; the portal's
 * styles and Faces' script get {@code v=<first 12 hex digits of the content's SHA-256>}, computed
 * once per resource. A changed file gets a new address, so nobody runs yesterday's copy (decision
 * 0091).
 */
public class VersionedResources extends ResourceHandlerWrapper {

  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return versioned(super.createResource(resourceName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private static Resource versioned(Resource resource) {
    if (resource == null) {
      return null;
    }
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        String path = super.getRequestPath();
        if (path == null || hasVersion(path)) {
          return path;
        }
        String key = getLibraryName() + "/" + getResourceName();
        String version = VERSIONS.computeIfAbsent(key, k -> digest(getWrapped()));
        return version.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + "v=" + version;
      }
    };
  }

  /** Whether a resource address already names a version ({@code v=}). */
  static boolean hasVersion(String path) {
    int query = path.indexOf('?');
    if (query < 0) {
      return false;
    }
    for (String pair : path.substring(query + 1).split("&")) {
      if (pair.startsWith("v=")) {
        return true;
      }
    }
    return false;
  }

  /** The first 12 hex digits of the content's SHA-256; empty when the content cannot be read. */
  static String digest(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      if (in == null) {
        return "";
      }
      return digest(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String digest(InputStream in) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
