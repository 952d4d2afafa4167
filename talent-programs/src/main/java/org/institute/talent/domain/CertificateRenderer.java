package org.institute.talent.domain;

/** Renders a certificate as a PDF. */
public interface CertificateRenderer {
  byte[] render(CertificateContent content);
}
