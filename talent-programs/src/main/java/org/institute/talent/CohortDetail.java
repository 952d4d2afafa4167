package org.institute.talent;

import java.util.List;

/** A cohort with its sessions in time order. */
public record CohortDetail(CohortView cohort, List<SessionView> sessions) {}
