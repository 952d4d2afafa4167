package org.institute.archfixtures.beta.application;

import org.institute.archfixtures.alpha.AlphaApi;
import org.institute.archfixtures.alpha.AlphaView;
import org.institute.archfixtures.beta.BetaApi;

/** Beta application service: clean. */
public class BetaService implements BetaApi {
  private final AlphaApi alpha;

  public BetaService(AlphaApi alpha) {
    this.alpha = alpha;
  }

  @Override
  public AlphaView favourite() {
    return alpha.find(1);
  }
}
