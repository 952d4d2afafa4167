package org.institute.archfixtures.alpha.application;

import org.institute.archfixtures.alpha.AlphaApi;
import org.institute.archfixtures.alpha.AlphaView;
import org.institute.archfixtures.alpha.domain.AlphaEntity;
import org.institute.archfixtures.alpha.domain.AlphaRules;
import org.institute.archfixtures.core.CoreApi;

/** Alpha application service implementing the API: clean. */
public class AlphaService implements AlphaApi {
  private final AlphaRules rules = new AlphaRules();

  @Override
  public AlphaView find(long id) {
    AlphaEntity entity = new AlphaEntity();
    return new AlphaView(id, rules.allows("x") ? entity.name() : "");
  }

  @Override
  public CoreApi owner() {
    return () -> "owner";
  }
}
