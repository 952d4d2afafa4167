package org.institute.web.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Joint Research Institute API",
            version = "1",
            description =
                "Partners, IP licensing and talent programmes of the institute. Get a token at"
                    + " POST /api/v1/auth/token and send it as 'Authorization: Bearer <token>'."
                    + " Errors are RFC 9457 application/problem+json. Lists answer {items, next}"
                    + " and page with ?cursor=; the older ?offset= still answers the old shapes"
                    + " with a Deprecation header (since 2026-12-05; see the README's API"
                    + " section).",
            contact =
                @Contact(
                    name = "SSIJRI institute administration",
                    email = "ip.office@ssijri.example"),
            license =
                @License(
                    name = "Proprietary: for the institute, its partners and licensees",
                    url = "https://ssijri.example/api/terms")))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class InstituteApi extends Application {}
