package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.institute.talent.CertificateView;
import org.institute.talent.Certificates;
import org.institute.talent.Page;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** Issued certificates: download, verify, revoke with a reason. */
@Named("talentCertificates")
@ViewScoped
public class CertificatesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Certificates certificates;

  private String revoking;
  private String reason;

  private final LazyDataModel<CertificateView> list =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) certificates.list("issuedOn", 0, 1).total();
        }

        @Override
        public List<CertificateView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          Page<CertificateView> page =
              certificates.list("issuedOn", first, Math.min(pageSize, 200));
          setRowCount((int) page.total());
          return page.items();
        }

        @Override
        public String getRowKey(CertificateView c) {
          return c.code();
        }
      };

  public LazyDataModel<CertificateView> getList() {
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
