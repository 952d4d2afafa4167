package org.institute.core.domain;

import java.util.Map;

/** Posts a webhook message's JSON body with its headers and tells what the endpoint answered. */
public interface WebhookTransport {

  /**
   * @return the endpoint's HTTP status
   * @throws java.io.IOException when nothing answered (refused, timed out, TLS failed)
   */
  int post(String url, Map<String, String> headers, String body) throws java.io.IOException;
}
