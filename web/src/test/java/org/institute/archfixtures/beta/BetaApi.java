package org.institute.archfixtures.beta;

import org.institute.archfixtures.alpha.AlphaView;

/** Beta API: clean; uses the alpha API, which beta depends on. */
public interface BetaApi {
  AlphaView favourite();
}
