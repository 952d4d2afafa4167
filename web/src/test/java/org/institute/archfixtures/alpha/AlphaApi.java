package org.institute.archfixtures.alpha;

import org.institute.archfixtures.core.CoreApi;

/** Alpha API: clean; uses the core API. */
public interface AlphaApi {
  AlphaView find(long id);

  CoreApi owner();
}
