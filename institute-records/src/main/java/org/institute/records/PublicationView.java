package org.institute.records;

import java.io.Serializable;

/** A journal paper and the research project it came from. */
public record PublicationView(
    long id, String title, String journal, int year, String doi, String authors, long projectId)
    implements Serializable {}
