package org.institute.core;

/** A principal investigator of a research project, and the partner they come from. */
public record Investigator(String name, PartnerId partner) {}
