package org.institute.web.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.institute.core.ApiArea;

/**
 * Names the {@link ApiArea} of a REST resource whose package does not say it (the caller's own
 * account, token management); see {@link ApiAreas}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InApiArea {
  ApiArea value();
}
