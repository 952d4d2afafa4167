package org.institute.licensing;

import java.io.Serializable;

/** Fired (CDI event) in the transaction of every transition of a licence deal. */
public record LicenceDealChanged(
    long dealId, DealAction action, DealState from, DealState to, String actor)
    implements Serializable {}
