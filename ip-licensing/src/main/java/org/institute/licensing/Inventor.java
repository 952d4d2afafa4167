package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An inventor of a disclosed invention, the partner they work for and their contribution in
 * percent.
 */
public record Inventor(String name, long partnerId, BigDecimal contribution)
    implements Serializable {}
