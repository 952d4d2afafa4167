package org.institute.archfixtures.web.alpha;

import org.institute.archfixtures.web.beta.BetaPage;

/** Planted: web.alpha uses web.beta, but alpha does not depend on beta. */
public class PlantedAlphaPageUsesBetaPage {
  public String title(BetaPage page) {
    return page.title();
  }
}
