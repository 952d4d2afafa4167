package org.institute.licensing;

/**
 * What can be done to a licence deal. Each action but {@link #RECORD_PAYMENT} is one transition of
 * the workflow; a deal's view names those its reader may take ({@link DealView#allowedActions()}).
 */
public enum DealAction {
  CREATE,
  REVISE,
  SUBMIT,
  CONSENT,
  APPROVE,
  REJECT,
  REQUEST_CHANGES,
  EXECUTE,
  ACTIVATE,
  TERMINATE,
  EXPIRE,
  /** Record a payment received from the licensee: changes no state. */
  RECORD_PAYMENT
}
