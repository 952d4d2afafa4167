package org.institute.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `package` built: tests run what users run, not a hand-picked set of classes. */
final class Deployments {
  static final String DEMO_PASSWORD = System.getProperty("it.demo.password", "ssijri-demo-2020");

  private Deployments() {}

  static WebArchive builtWar() {
    File war = new File(System.getProperty("institute.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
