package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.licensing.PatentFileFormat;
import org.institute.licensing.PatentImport;
import org.institute.licensing.PatentImportReport;
import org.institute.licensing.PatentImports;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.QueryParams;

/**
 * Patent imports (decision 0100): a file of patent-office XML (WIPO ST.36, ST.96) or the CSV
 * template, as the body or as the {@code file} part of a multipart form.
 */
@Path("patents/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME})
public class PatentImportResource {

  /** 10 MB, the service's limit; one byte more is read so that the service refuses it. */
  static final int MAX_UPLOAD = 10 * 1024 * 1024;

  @Inject private PatentImports imports;

  @POST
  @Idempotent
  @Consumes({
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML,
    "text/csv",
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Operation(
      summary =
          "Import patent families from WIPO ST.36 or ST.96 XML or the CSV template: a report per"
              + " record; dryRun=false applies it in one transaction",
      description =
          "The body is the file. The format comes from ?fileFormat=st36|st96|csv, else the"
              + " content (XML with ST.96 BibliographicData elements is ST.96, other XML ST.36,"
              + " anything else CSV). ?owner= names the partner owning the families created"
              + " (staff of a partner may leave it out). dryRun is true unless it is false. Each"
              + " record is CREATE, MERGE (new applications of a recorded family, found by its"
              + " priority claim), UNCHANGED or REFUSED with its reasons; the same file imports"
              + " twice safely.")
  public PatentImportReport importBody(
      @QueryParam("owner") String owner,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("fileFormat") String format,
      @QueryParam("fileName") String fileName,
      InputStream content)
      throws IOException {
    byte[] bytes = content == null ? new byte[0] : content.readNBytes(MAX_UPLOAD + 1);
    return run(owner, dryRun, format, fileName, bytes);
  }

  @POST
  @Idempotent
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Import patent families from the 'file' part of a multipart form",
      description = "As the import with the file as the body; the part's file name is kept.")
  public PatentImportReport importForm(
      @QueryParam("owner") String owner,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("fileFormat") String format,
      @FormParam("file") EntityPart file)
      throws IOException {
    if (file == null) {
      throw InvalidCommandException.of("file", "field.required");
    }
    byte[] bytes;
    try (InputStream in = file.getContent()) {
      bytes = in.readNBytes(MAX_UPLOAD + 1);
    }
    return run(owner, dryRun, format, file.getFileName().orElse(null), bytes);
  }

  private PatentImportReport run(
      String owner, String dryRun, String format, String fileName, byte[] bytes) {
    Long ownerId = QueryParams.id("owner", owner);
    boolean commit = Boolean.FALSE.equals(QueryParams.bool("dryRun", dryRun));
    PatentFileFormat chosen = format(format, bytes);
    String name = fileName == null || fileName.isBlank() ? defaultName(chosen) : fileName;
    return imports.importPatents(new PatentImport(name, chosen, bytes, ownerId, !commit));
  }

  static PatentFileFormat format(String format, byte[] content) {
    if (format != null && !format.isBlank()) {
      return switch (format.trim().toLowerCase(Locale.ROOT).replace(".", "")) {
        case "st36" -> PatentFileFormat.ST36;
        case "st96" -> PatentFileFormat.ST96;
        case "csv" -> PatentFileFormat.CSV;
        default -> throw InvalidCommandException.of("fileFormat", "field.notAllowedValue");
      };
    }
    return PatentFileFormat.of(content);
  }

  private static String defaultName(PatentFileFormat format) {
    return format == PatentFileFormat.CSV ? "upload.csv" : "upload.xml";
  }
}
