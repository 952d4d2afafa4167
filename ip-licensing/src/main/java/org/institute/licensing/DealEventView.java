package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a deal's timeline: a transition, a consent or an approval, with who and why. */
public record DealEventView(
    Instant at,
    String actor,
    DealAction action,
    DealState fromState,
    DealState toState,
    Long partnerId,
    String comment)
    implements Serializable {}
