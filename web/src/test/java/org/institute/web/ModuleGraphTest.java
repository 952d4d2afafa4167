package org.institute.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module graph read from a small Maven build: modules, root packages, edges, drawing. */
class ModuleGraphTest {

  @TempDir Path build;

  @Test
  void readsTheModulesTheirRootPackagesAndTheirSiblingDependencies() throws IOException {
    write(
        "pom.xml",
        pom(
            "<groupId>org.example</groupId><artifactId>parent</artifactId>"
                + "<modules><module>base</module><module>feature</module><module>app</module></modules>"));
    write("base/pom.xml", pom("<artifactId>base</artifactId>"));
    write("base/src/main/java/org/example/base/domain/package-info.java", "package x;");
    write("base/src/main/java/org/example/base/package-info.java", "package x;");
    write(
        "feature/pom.xml",
        pom(
            "<artifactId>feature-module</artifactId><dependencies>"
                + dependency("org.example", "base", "")
                + dependency("org.other", "library", "")
                + "</dependencies>"));
    write("feature/src/main/java/org/example/feature/inner/Deep.java", "class Deep {}");
    write("feature/src/main/java/org/example/feature/Shallow.java", "class Shallow {}");
    write(
        "app/pom.xml",
        pom(
            "<artifactId>app</artifactId><dependencies>"
                + dependency("${project.groupId}", "feature-module", "")
                + dependency("org.example", "base", "<scope>test</scope>")
                + "</dependencies>"));

    ModuleGraph graph = ModuleGraph.read(build);

    assertThat(graph.modules())
        .containsExactly(
            new ModuleGraph.Module("base", "org.example.base", List.of()),
            new ModuleGraph.Module("feature-module", "org.example.feature", List.of("base")),
            new ModuleGraph.Module("app", null, List.of("feature-module")));
    assertThat(graph.names()).containsExactly("base", "feature");
    assertThat(graph.reachableFrom("feature")).containsExactlyInAnyOrder("feature", "base");
    assertThat(graph.reachableFrom("unknown")).isEmpty();
    assertThat(graph.mermaid())
        .isEqualTo(
            """
            ```mermaid
            graph TD
              base["base<br/>org.example.base"]
              feature_module["feature-module<br/>org.example.feature"]
              app["app"]
              feature_module --> base
              app --> feature_module
            ```
            """);
  }

  private void write(String path, String text) throws IOException {
    Path file = build.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String pom(String body) {
    return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><parent><groupId>org.example"
        + "</groupId></parent>"
        + body
        + "</project>";
  }

  private static String dependency(String groupId, String artifactId, String more) {
    return "<dependency><groupId>"
        + groupId
        + "</groupId><artifactId>"
        + artifactId
        + "</artifactId>"
        + more
        + "</dependency>";
  }
}
