package org.institute.web.talent.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.institute.talent.Certificates;
import org.institute.talent.PublicCertificate;

/** The public verification page: valid or revoked, the holder's name, programme and date. */
@Named("certificateCheck")
@RequestScoped
public class CertificateCheckBean {

  @Inject private Certificates certificates;

  private String code;
  private Optional<PublicCertificate> result;

  public String getCode() {
    if (code == null) {
      Object forwarded =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestMap()
              .get(VerificationServlet.CODE);
      code = forwarded == null ? null : forwarded.toString();
    }
    return code;
  }

  public void setCode(String code) {
    if (code != null && !code.isBlank()) {
      this.code = code.length() > 64 ? code.substring(0, 64) : code;
    }
  }

  public PublicCertificate getCertificate() {
    if (result == null) {
      result = getCode() == null ? Optional.empty() : certificates.verify(getCode());
    }
    return result.orElse(null);
  }

  public String date(boolean chinese) {
    PublicCertificate c = getCertificate();
    if (c == null) {
      return "";
    }
    return chinese
        ? DateTimeFormatter.ofPattern("yyyy年M月d日").format(c.issuedOn())
        : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(c.issuedOn());
  }
}
