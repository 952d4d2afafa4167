package org.institute.records;

import java.io.Serializable;
import org.institute.core.PartnerId;

/** A principal investigator of a research project, and the partner they come from. */
public record Investigator(String name, PartnerId partner) implements Serializable {}
