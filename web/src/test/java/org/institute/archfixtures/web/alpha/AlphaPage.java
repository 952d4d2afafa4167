package org.institute.archfixtures.web.alpha;

import org.institute.archfixtures.alpha.AlphaApi;
import org.institute.archfixtures.web.core.CorePage;
import org.institute.archfixtures.web.platform.PlatformHelper;

/** Web page of alpha: clean; uses web.core and web.platform. */
public class AlphaPage {
  private AlphaApi alpha;
  private final CorePage core = new CorePage();

  public String title() {
    return PlatformHelper.escape(alpha.find(1).name()) + core.title(alpha.owner());
  }
}
