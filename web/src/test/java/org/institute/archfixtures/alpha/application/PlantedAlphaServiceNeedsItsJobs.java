package org.institute.archfixtures.alpha.application;

import org.institute.archfixtures.alpha.infrastructure.AlphaJobs;

/** Planted: application uses infrastructure, which uses application (a cycle inside alpha). */
public class PlantedAlphaServiceNeedsItsJobs {
  public void run(AlphaJobs jobs) {
    jobs.nightly();
  }
}
