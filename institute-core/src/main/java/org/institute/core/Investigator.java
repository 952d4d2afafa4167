package org.institute.core;

import java.io.Serializable;

/** A principal investigator of a research project, and the partner they come from. */
public record Investigator(String name, PartnerId partner) implements Serializable {}
