package org.institute.partners;

import java.io.Serializable;

/**
 * Someone to reach at a partner: a named person or a function (e.g. "technology transfer office").
 */
public record ContactPoint(String name, String function, String email, String phone)
    implements Serializable {}
