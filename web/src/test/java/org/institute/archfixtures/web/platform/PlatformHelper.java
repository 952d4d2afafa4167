package org.institute.archfixtures.web.platform;

/** Web platform: clean. */
public final class PlatformHelper {
  private PlatformHelper() {}

  public static String escape(String text) {
    return text.replace("<", "&lt;");
  }
}
