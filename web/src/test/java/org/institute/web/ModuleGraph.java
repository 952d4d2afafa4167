package org.institute.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The module graph as the Maven build declares it: the modules of the root pom, in their order,
 * each with its root package and the sibling modules it depends on. The architecture rules and the
 * drawing in {@code docs/architecture.md} are both derived from it, so a new module or a new edge
 * needs no change here.
 *
 * <p>A module's root package is the package of its shallowest {@code package-info.java} under
 * {@code src/main/java} (or, without one, its shallowest package holding Java sources).
 */
record ModuleGraph(List<Module> modules) {

  /** One Maven module: its artifactId, its root package (null without sources) and its edges. */
  record Module(String artifactId, String rootPackage, List<String> dependsOn) {

    /** The last segment of the root package: the name the package rules use. */
    String name() {
      return rootPackage == null ? null : rootPackage.substring(rootPackage.lastIndexOf('.') + 1);
    }
  }

  /** The graph of the build this test runs in: web's basedir is a module of the root pom. */
  static ModuleGraph ofThisBuild() {
    Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    Path root = basedir.toAbsolutePath().getParent();
    if (!Files.isRegularFile(root.resolve("pom.xml"))) {
      throw new IllegalStateException("no root pom.xml beside " + basedir);
    }
    return read(root);
  }

  /** Reads the root pom's modules and, from each module's pom, its dependencies on siblings. */
  static ModuleGraph read(Path rootDirectory) {
    Element rootPom = parse(rootDirectory.resolve("pom.xml"));
    String groupId =
        text(rootPom, "groupId").or(() -> text(child(rootPom, "parent"), "groupId")).orElseThrow();
    Map<String, Element> poms = new LinkedHashMap<>();
    Map<String, Path> directories = new LinkedHashMap<>();
    for (Element module : children(child(rootPom, "modules"), "module")) {
      Path directory = rootDirectory.resolve(module.getTextContent().trim());
      Element pom = parse(directory.resolve("pom.xml"));
      String artifactId = text(pom, "artifactId").orElseThrow();
      poms.put(artifactId, pom);
      directories.put(artifactId, directory);
    }
    List<Module> modules = new ArrayList<>();
    for (Map.Entry<String, Element> pom : poms.entrySet()) {
      List<String> dependsOn = new ArrayList<>();
      for (Element dependency : children(child(pom.getValue(), "dependencies"), "dependency")) {
        String dependencyGroup = text(dependency, "groupId").orElse("");
        String artifactId = text(dependency, "artifactId").orElse("");
        String scope = text(dependency, "scope").orElse("compile");
        boolean sibling =
            (dependencyGroup.equals(groupId) || dependencyGroup.equals("${project.groupId}"))
                && poms.containsKey(artifactId);
        if (sibling && !scope.equals("test") && !dependsOn.contains(artifactId)) {
          dependsOn.add(artifactId);
        }
      }
      dependsOn.sort(Comparator.comparingInt(new ArrayList<>(poms.keySet())::indexOf));
      String rootPackage = rootPackage(directories.get(pom.getKey())).orElse(null);
      modules.add(new Module(pom.getKey(), rootPackage, List.copyOf(dependsOn)));
    }
    return new ModuleGraph(List.copyOf(modules));
  }

  Optional<Module> byName(String name) {
    return modules.stream().filter(module -> name.equals(module.name())).findFirst();
  }

  Optional<Module> byArtifactId(String artifactId) {
    return modules.stream().filter(module -> module.artifactId().equals(artifactId)).findFirst();
  }

  /** Package names (see {@link Module#name()}) of the modules with sources, in pom order. */
  Set<String> names() {
    return modules.stream()
        .map(Module::name)
        .filter(name -> name != null)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The package names of the modules the named module may use: its dependencies and theirs (Maven
   * compile dependencies are transitive), itself included. Empty for a name no module has.
   */
  Set<String> reachableFrom(String name) {
    Optional<Module> start = byName(name);
    if (start.isEmpty()) {
      return Set.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<Module> todo = new ArrayDeque<>(List.of(start.get()));
    while (!todo.isEmpty()) {
      Module module = todo.pop();
      if (seen.add(module.artifactId())) {
        module.dependsOn().forEach(artifactId -> byArtifactId(artifactId).ifPresent(todo::push));
      }
    }
    return seen.stream()
        .map(artifactId -> byArtifactId(artifactId).orElseThrow().name())
        .filter(moduleName -> moduleName != null)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The graph drawn in Mermaid: one node per module, one arrow per declared dependency. */
  String mermaid() {
    StringBuilder text = new StringBuilder("```mermaid\ngraph TD\n");
    for (Module module : modules) {
      text.append("  ")
          .append(nodeId(module.artifactId()))
          .append("[\"")
          .append(module.artifactId())
          .append(module.rootPackage() == null ? "" : "<br/>" + module.rootPackage())
          .append("\"]\n");
    }
    for (Module module : modules) {
      for (String dependency : module.dependsOn()) {
        text.append("  ")
            .append(nodeId(module.artifactId()))
            .append(" --> ")
            .append(nodeId(dependency))
            .append('\n');
      }
    }
    return text.append("```\n").toString();
  }

  private static String nodeId(String artifactId) {
    return artifactId.replace('-', '_');
  }

  private static Optional<String> rootPackage(Path moduleDirectory) {
    Path sources = moduleDirectory.resolve("src/main/java");
    if (!Files.isDirectory(sources)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(sources)) {
      List<Path> javaFiles = files.filter(file -> file.toString().endsWith(".java")).toList();
      Comparator<Path> shallowestFirst =
          Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString);
      Optional<Path> packageInfo =
          javaFiles.stream()
              .filter(file -> file.getFileName().toString().equals("package-info.java"))
              .min(shallowestFirst);
      return packageInfo
          .or(() -> javaFiles.stream().min(shallowestFirst))
          .map(file -> sources.relativize(file.getParent()))
          .map(
              directory ->
                  directory.toString().replace(directory.getFileSystem().getSeparator(), "."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Element parse(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(pom.toFile());
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + pom, e);
    }
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    if (parent == null) {
      return List.of();
    }
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element
          && name.equals(
              element.getLocalName() == null ? element.getTagName() : element.getLocalName())) {
        found.add(element);
      }
    }
    return Collections.unmodifiableList(found);
  }

  private static Optional<String> text(Element parent, String name) {
    return Optional.ofNullable(child(parent, name)).map(element -> element.getTextContent().trim());
  }
}
