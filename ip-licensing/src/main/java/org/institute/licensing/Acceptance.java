package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;

/** The IP office accepts a disclosure: the new family's reference and priority date. */
public record Acceptance(String reference, LocalDate priorityDate, String comment)
    implements Serializable {}
