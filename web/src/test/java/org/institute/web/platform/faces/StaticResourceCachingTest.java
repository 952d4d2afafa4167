package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StaticResourceCachingTest {

  @Test
  void aVersionedResourceIsKeptForAYear() {
    assertThat(StaticResourceCaching.policyFor("15.0.9", null))
        .isEqualTo("public, max-age=31536000, immutable");
  }

  @Test
  void aResourceWithoutVersionIsAskedForAgain() {
    assertThat(StaticResourceCaching.policyFor(null, null)).isEqualTo("no-cache");
    assertThat(StaticResourceCaching.policyFor(" ", null)).isEqualTo("no-cache");
  }

  @Test
  void dynamicContentIsLeftToPrimeFaces() {
    assertThat(StaticResourceCaching.policyFor("15.0.9", "abc")).isNull();
  }

  @Test
  void theResourceHandlersOwnCacheControlDoesNotReplaceOurs() {
    java.util.Map<String, String> headers = new java.util.HashMap<>();
    jakarta.servlet.http.HttpServletResponse response =
        (jakarta.servlet.http.HttpServletResponse)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setHeader")) {
                    headers.put((String) args[0], (String) args[1]);
                  }
                  return null;
                });
    var kept =
        new StaticResourceCaching.KeepCacheControl(response, StaticResourceCaching.IMMUTABLE);

    kept.setHeader("Cache-Control", "max-age=604800");
    kept.addHeader("cache-control", "no-store");
    kept.setHeader("ETag", "W/\"1\"");

    assertThat(headers)
        .containsEntry("Cache-Control", StaticResourceCaching.IMMUTABLE)
        .containsEntry("cache-control", StaticResourceCaching.IMMUTABLE)
        .containsEntry("ETag", "W/\"1\"");
  }

  @Test
  void anAddressNamesAVersionOnlyThroughItsVParameter() {
    assertThat(VersionedResources.hasVersion("/r/x.css.xhtml?ln=primefaces&v=15.0.9")).isTrue();
    assertThat(VersionedResources.hasVersion("/r/x.css.xhtml?v=1")).isTrue();
    assertThat(VersionedResources.hasVersion("/r/x.css.xhtml?ln=inv")).isFalse();
    assertThat(VersionedResources.hasVersion("/r/x.css.xhtml")).isFalse();
  }

  @Test
  void theVersionFollowsTheContent() throws Exception {
    String a = VersionedResources.digest(stream("body { color: red }"));
    String b = VersionedResources.digest(stream("body { color: blue }"));

    assertThat(a).hasSize(12).matches("[0-9a-f]+").isNotEqualTo(b);
    assertThat(VersionedResources.digest(stream("body { color: red }"))).isEqualTo(a);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
