package org.institute.archfixtures.alpha.infrastructure;

import org.institute.archfixtures.alpha.application.AlphaService;

/** Alpha infrastructure calling its application: clean. */
public class AlphaJobs {
  private final AlphaService service = new AlphaService();

  public void nightly() {
    service.find(1);
  }
}
