package org.institute.records;

import java.io.Serializable;

/** Records a journal paper that came out of a research project; the DOI is unique. */
public record NewPublication(
    String title, String journal, Integer year, String doi, String authors, Long projectId)
    implements Serializable {}
