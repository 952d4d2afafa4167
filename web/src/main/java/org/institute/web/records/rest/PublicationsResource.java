package org.institute.web.records.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.records.BibliographyFormat;
import org.institute.records.ImportReport;
import org.institute.records.NewPublication;
import org.institute.records.PublicationDraft;
import org.institute.records.PublicationImport;
import org.institute.records.PublicationImports;
import org.institute.records.PublicationLookup;
import org.institute.records.PublicationPage;
import org.institute.records.PublicationQuery;
import org.institute.records.PublicationView;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.records.RecordTables;

@Path("publications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.PARTNER_STAFF_NAME,
  Role.COORDINATOR_NAME,
  Role.COUNCIL_NAME,
  Role.AUDITOR_NAME
})
public class PublicationsResource {

  /** The media types of the bibliography formats, as their publishers name them. */
  static final String BIBTEX_TYPE = "application/x-bibtex";

  static final String RIS_TYPE = "application/x-research-info-systems";
  static final String CSL_JSON_TYPE = "application/vnd.citationstyles.csl+json";

  @Inject private ResearchRecords records;
  @Inject private PublicationImports imports;
  @Inject private PublicationLookup lookup;
  @Inject private RecordTables tables;

  @GET
  @Operation(
      summary =
          "Publications of the projects the caller may see, newest first; filters project, year",
      description = "sort: year, title, journal; '-' in front for descending")
  @APIResponseSchema(
      value = org.institute.records.PublicationView.class,
      responseDescription = "A page of publications")
  public Response list(
      @QueryParam("project") String project,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, sort, 50, 200);
    PublicationPage page =
        records.publications(query(project, year, sort), paging.offset(), paging.limit());
    return paging.answer(page.publications(), page.total());
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary = "The same list as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)")
  public Table<PublicationView> export(
      @QueryParam("project") String project,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort) {
    return tables.publications(query(project, year, sort));
  }

  private static PublicationQuery query(String project, String year, String sort) {
    return new PublicationQuery(
        QueryParams.id("project", project), QueryParams.year("year", year), sort);
  }

  /** A new publication (read with JsonFields; described for the contract). */
  public record PublicationBody(
      @Schema(
              maxLength = 500,
              description = "The title in English or the language titleLanguage names")
          String title,
      @Schema(maxLength = 300) String journal,
      @Schema(minimum = "0", maximum = "9999") Integer year,
      @Schema(maxLength = 200, example = "10.1000/xyz123") String doi,
      @Schema(maxLength = 1000) String authors,
      @Schema(minimum = "1", description = "The project's id") Long project,
      @Schema(maxLength = 500, description = "The title in Chinese; title or titleZh is required")
          String titleZh,
      @Schema(maxLength = 35, example = "en", description = "The title's language (BCP 47)")
          String titleLanguage) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Record a publication (admins): {title, titleZh, titleLanguage, journal, year, doi,"
              + " authors, project}")
  @APIResponseSchema(
      value = org.institute.records.PublicationView.class,
      responseCode = "201",
      responseDescription = "The publication")
  public Response record(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = PublicationBody.class)))
          JsonStructure json) {
    JsonFields body =
        JsonFields.of(
            json,
            "title",
            "journal",
            "year",
            "doi",
            "authors",
            "project",
            "titleZh",
            "titleLanguage");
    Long year = body.longValue("year", 0, 9999);
    NewPublication publication =
        new NewPublication(
            body.string("title", 500),
            body.string("journal", 300),
            year == null ? null : year.intValue(),
            body.string("doi", 200),
            body.string("authors", 1000),
            body.longValue("project", 1, Long.MAX_VALUE),
            body.string("titleZh", 500),
            body.string("titleLanguage", 35));
    body.done();
    return Response.status(Response.Status.CREATED)
        .entity(records.recordPublication(publication))
        .build();
  }

  @GET
  @Path("lookup")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Add by DOI (admins): what the configured Crossref-compatible service says of the DOI,"
              + " to pre-fill a new publication; 404 when it does not know the DOI")
  public PublicationDraft lookUp(@QueryParam("doi") String doi) {
    return lookup.lookUp(doi).orElseThrow(() -> new RecordNotFoundException("DOI"));
  }

  @POST
  @Idempotent
  @Path("imports")
  @Consumes({
    BIBTEX_TYPE,
    RIS_TYPE,
    CSL_JSON_TYPE,
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Import publications from a BibTeX, RIS or CSL-JSON file into a project (admins): a"
              + " report per entry; dryRun=false creates the acceptable entries in one transaction",
      description =
          "The body is the file (UTF-8, or UTF-16 with a byte order mark). The format comes from"
              + " ?fileFormat=bibtex|ris|csl-json, else the Content-Type (application/x-bibtex,"
              + " application/x-research-info-systems, application/vnd.citationstyles.csl+json),"
              + " else the extension of ?fileName (.bib, .ris, .json). ?project= names the"
              + " research project; dryRun is true unless it is false. An entry whose DOI is"
              + " recorded already is reported unchanged, so the same file imports twice safely.")
  public ImportReport importFile(
      @QueryParam("project") String project,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("fileFormat") String format,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Type") String contentType,
      InputStream content)
      throws IOException {
    Long projectId = QueryParams.id("project", project);
    boolean commit = Boolean.FALSE.equals(QueryParams.bool("dryRun", dryRun));
    BibliographyFormat chosen = format(format, contentType, fileName);
    byte[] bytes = content == null ? new byte[0] : content.readNBytes(MAX_UPLOAD + 1);
    String name = fileName == null || fileName.isBlank() ? defaultName(chosen) : fileName;
    return imports.importPublications(
        new PublicationImport(name, chosen, bytes, projectId, !commit));
  }

  /** 10 MB, the service's limit; one byte more is read so that the service refuses it. */
  private static final int MAX_UPLOAD = 10 * 1024 * 1024;

  static BibliographyFormat format(String format, String contentType, String fileName) {
    if (format != null && !format.isBlank()) {
      return switch (format.trim().toLowerCase(Locale.ROOT)) {
        case "bibtex", "bib" -> BibliographyFormat.BIBTEX;
        case "ris" -> BibliographyFormat.RIS;
        case "csl-json", "csljson", "csl_json", "json" -> BibliographyFormat.CSL_JSON;
        default -> throw InvalidCommandException.of("fileFormat", "field.notAllowedValue");
      };
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith(BIBTEX_TYPE)) {
      return BibliographyFormat.BIBTEX;
    }
    if (type.startsWith(RIS_TYPE)) {
      return BibliographyFormat.RIS;
    }
    if (type.startsWith(CSL_JSON_TYPE) || type.startsWith(MediaType.APPLICATION_JSON)) {
      return BibliographyFormat.CSL_JSON;
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bib")) {
      return BibliographyFormat.BIBTEX;
    }
    if (name.endsWith(".ris")) {
      return BibliographyFormat.RIS;
    }
    if (name.endsWith(".json")) {
      return BibliographyFormat.CSL_JSON;
    }
    throw InvalidCommandException.of("fileFormat", "field.required");
  }

  private static String defaultName(BibliographyFormat format) {
    return switch (format) {
      case BIBTEX -> "upload.bib";
      case RIS -> "upload.ris";
      case CSL_JSON -> "upload.json";
    };
  }
}
