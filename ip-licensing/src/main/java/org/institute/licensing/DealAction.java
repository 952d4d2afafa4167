package org.institute.licensing;

/** What can happen to a licence deal; each is one transition of the workflow. */
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
  EXPIRE
}
