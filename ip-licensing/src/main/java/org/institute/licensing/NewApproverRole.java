package org.institute.licensing;

import java.io.Serializable;

/**
 * A new named approver role: its code (lower case letters, digits and dashes, at most 40, for
 * example {@code legal-counsel}) and its English and Chinese names.
 */
public record NewApproverRole(String code, String name, String nameZh) implements Serializable {}
