package org.institute.archfixtures.web.core;

import org.institute.archfixtures.core.CoreApi;
import org.institute.archfixtures.web.platform.PlatformHelper;

/** Web page of core: clean. */
public class CorePage {
  public String title(CoreApi core) {
    return PlatformHelper.escape(core.name());
  }
}
