package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone payment agreed in a deal: the event that triggers it, its amount and due date. */
public record MilestoneTerm(String event, BigDecimal amount, LocalDate dueDate)
    implements Serializable {}
