package org.institute.licensing;

import java.io.Serializable;

/** A patent family as the core may show it: its id, its reference number and its title. */
public record PatentFamilyRef(long id, String reference, String title) implements Serializable {}
