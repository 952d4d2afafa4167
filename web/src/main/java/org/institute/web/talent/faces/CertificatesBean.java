package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.institute.talent.CertificateView;
import org.institute.talent.Certificates;
import org.institute.talent.Page;
import org.institute.web.platform.faces.ListAddress;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Issued certificates, searched, sorted and paged in the database with everything in the address
 * ({@code ?q=&sort=holder,asc&page=2}, decision 0085): download, verify, revoke with a reason.
 */
@Named("talentCertificates")
@ViewScoped
public class CertificatesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Certificates certificates;

  /** Rows per page. */
  static final int ROWS = 25;

  private String revoking;
  private String reason;

  private final ListAddress.Parameters list =
      new ListAddress.Parameters(
          "/app/talent/certificates.xhtml", Certificates.SEARCH_SORTS, Certificates.DEFAULT_SORT);
  private Page<CertificateView> rows;

  /** Reads the address; an unknown sort or an overlong search is shown and left out. */
  public void open() {
    list.open();
  }

  /** The page of certificates the address names; the last page when it names one past the end. */
  public Page<CertificateView> getRows() {
    if (rows == null) {
      rows = search();
      if (list.pastTheEnd(rows.items().size(), rows.total(), ROWS)) {
        rows = search();
      }
    }
    return rows;
  }

  private Page<CertificateView> search() {
    return certificates.search(list.getSearch(), list.getSortText(), list.first(ROWS), ROWS);
  }

  public int getPage() {
    getRows();
    return list.getPage();
  }

  public int getPages() {
    return ListAddress.pages(getRows().total(), ROWS);
  }

  /** The search, sort and page of the address, and the links that change them. */
  public ListAddress.Parameters getList() {
    return list;
  }

  public StreamedContent pdf(String code) {
    byte[] bytes = certificates.pdf(code).orElse(new byte[0]);
    return DefaultStreamedContent.builder()
        .name("certificate-" + code + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public void startRevoking(String code) {
    revoking = code;
    reason = null;
  }

  /**
   * Revokes the certificate; on success the list is shown again by a redirect (a reload never
   * revokes twice), on a refusal the dialog keeps the reason typed.
   */
  public String revoke() {
    String code = revoking;
    if (Messages.attempt("revokeForm", () -> certificates.revoke(code, reason))) {
      return Messages.reloadAfter("certificate.revokedDone", code);
    }
    return null;
  }

  public String getRevoking() {
    return revoking;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
