package org.institute.archfixtures.web.platform;

import org.institute.archfixtures.web.alpha.AlphaPage;

/** Planted: the shared platform uses a feature package. */
public class PlantedPlatformUsesAlphaPage {
  public String title(AlphaPage page) {
    return page.title();
  }
}
