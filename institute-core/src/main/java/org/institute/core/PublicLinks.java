package org.institute.core;

/**
 * Links to the portal as people outside it reach it: in e-mails and on certificates (the QR code's
 * verification link). The one home of the public base URL, {@code institute.public.url}
 * (environment {@code INSTITUTE_PUBLIC_URL}, default {@code http://localhost:8080}); never taken
 * from a request's Host header, which a client sets.
 */
public interface PublicLinks {

  /** The absolute address of a path of the portal, such as {@code /verify/CODE}. */
  String to(String path);
}
