package org.institute.web.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** The portal's second sign-in step: the authenticator app's code, for the pending sign-in. */
public record OneTimeCodeCredential(String code) implements Credential {}
