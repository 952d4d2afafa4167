package org.institute.archfixtures.alpha;

import java.util.List;
import org.institute.archfixtures.alpha.domain.AlphaEntity;

/** Planted: an API method returns entities (as a generic type argument). */
public interface PlantedLeakyAlphaApi {
  List<AlphaEntity> all();
}
