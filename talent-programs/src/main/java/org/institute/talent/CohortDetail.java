package org.institute.talent;

import java.io.Serializable;
import java.util.List;

/** A cohort with its sessions in time order. */
public record CohortDetail(CohortView cohort, List<SessionView> sessions) implements Serializable {}
