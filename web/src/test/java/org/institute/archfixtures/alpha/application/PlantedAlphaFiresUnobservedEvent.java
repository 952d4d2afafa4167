package org.institute.archfixtures.alpha.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.institute.archfixtures.alpha.AlphaView;

/** Planted: fires an event that no method observes. */
public class PlantedAlphaFiresUnobservedEvent {
  @Inject Event<AlphaView> happened;

  void change() {
    happened.fire(null);
  }
}
