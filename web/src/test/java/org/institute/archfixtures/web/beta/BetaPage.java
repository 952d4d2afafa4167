package org.institute.archfixtures.web.beta;

import org.institute.archfixtures.web.alpha.AlphaPage;

/** Web page of beta: clean; uses web.alpha, as beta depends on alpha. */
public class BetaPage {
  private final AlphaPage alpha = new AlphaPage();

  public String title() {
    return alpha.title();
  }
}
