package org.institute.core;

import java.io.Serializable;

/**
 * One reason a command was refused: the field it concerns (or {@code null} for the whole command)
 * and a message key that the portal and the API translate.
 */
public record Violation(String field, String messageKey) implements Serializable {}
