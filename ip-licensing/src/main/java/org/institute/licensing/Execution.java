package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;

/** Execution of an approved deal: the signing date and the signed agreement (a PDF). */
public record Execution(LocalDate signingDate, String fileName, byte[] signedPdf, String comment)
    implements Serializable {}
