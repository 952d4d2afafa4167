package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A page's {@code <f:metadata>} (its view parameters and view actions) is a direct child of the
 * view: in a page of its own, right inside {@code <f:view>} (or {@code <html>}); in a page on the
 * shell template, inside {@code <ui:define name="metadata">}, which the template inserts right
 * inside its view. Anywhere else Faces still finds it, but logs warning JSF1103 at every request of
 * the page (five pages did, found in the integration tests' server log).
 */
class ViewMetadataPlacementTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final String CORE = "jakarta.faces.core";
  private static final String FACELETS = "jakarta.faces.facelets";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  @Test
  void everyPagesMetadataIsADirectChildOfItsView() throws Exception {
    List<String> misplaced = new ArrayList<>();
    int pagesWithMetadata = 0;
    for (Path page : pages()) {
      NodeList metadata = parse(page).getElementsByTagNameNS(CORE, "metadata");
      for (int i = 0; i < metadata.getLength(); i++) {
        pagesWithMetadata++;
        if (!besideTheView((Element) metadata.item(i))) {
          misplaced.add(PAGES.relativize(page).toString());
        }
      }
    }
    assertThat(pagesWithMetadata).as("pages with view parameters or actions").isGreaterThan(30);
    assertThat(misplaced).as("pages whose f:metadata is not a direct child of the view").isEmpty();
  }

  @Test
  void theRuleFindsMetadataInsideThePagesContent() throws Exception {
    Document page =
        parse(
            """
            <ui:composition xmlns:f="jakarta.faces.core" xmlns:ui="jakarta.faces.facelets"
                            template="/WEB-INF/templates/shell.xhtml">
              <ui:define name="content">
                <f:metadata><f:viewParam name="id" value="#{x.id}"/></f:metadata>
              </ui:define>
            </ui:composition>
            """);
    Element metadata = (Element) page.getElementsByTagNameNS(CORE, "metadata").item(0);
    assertThat(besideTheView(metadata)).isFalse();
  }

  static boolean besideTheView(Element metadata) {
    Node parent = metadata.getParentNode();
    if (!(parent instanceof Element p)) {
      return false;
    }
    if (CORE.equals(p.getNamespaceURI()) && p.getLocalName().equals("view")) {
      return true;
    }
    if (XHTML.equals(p.getNamespaceURI()) && p == p.getOwnerDocument().getDocumentElement()) {
      // a page without f:view: its html element's children are the view's own
      return true;
    }
    return FACELETS.equals(p.getNamespaceURI())
        && p.getLocalName().equals("define")
        && p.getAttribute("name").equals("metadata");
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  private static Document parse(Path page) throws Exception {
    try (InputStream in = Files.newInputStream(page)) {
      return builder().parse(in);
    }
  }

  private static Document parse(String text) throws Exception {
    return builder()
        .parse(
            new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static DocumentBuilder builder() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // pages start with <!DOCTYPE html>: nothing to fetch, no entity to expand
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }
}
