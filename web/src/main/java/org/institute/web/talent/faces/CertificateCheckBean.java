package org.institute.web.talent.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.institute.talent.Certificates;
import org.institute.talent.CredentialCheck;
import org.institute.talent.PublicCertificate;

/**
 * The public verification page: valid or revoked, the holder's name, programme and date; the
 * certificate's signed credential with its signature and status; and a form where anyone pastes or
 * uploads a credential to have it checked.
 */
@Named("certificateCheck")
@RequestScoped
public class CertificateCheckBean {

  @Inject private Certificates certificates;

  /** The largest credential the form reads; the institute's are a few kilobytes. */
  static final int MAX_CREDENTIAL = 64 * 1024;

  private String code;
  private Optional<PublicCertificate> result;
  private CredentialCheck codeCheck;
  private String pasted;
  private Part upload;
  private CredentialCheck posted;

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

  /** The check of what was posted, or else of the credential of the code in the address. */
  public CredentialCheck getCheck() {
    if (posted != null) {
      return posted;
    }
    if (codeCheck == null && getCertificate() != null) {
      codeCheck = certificates.credential(getCode()).map(certificates::check).orElse(null);
    }
    return codeCheck;
  }

  /** The form's action: checks the uploaded file, or else the pasted text. Changes nothing. */
  public String checkCredential() {
    String text = pasted;
    try {
      if (upload != null && upload.getSize() > 0) {
        if (upload.getSize() > MAX_CREDENTIAL) {
          tooLarge();
          return null;
        }
        try (InputStream in = upload.getInputStream()) {
          text = new String(in.readNBytes(MAX_CREDENTIAL), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text != null && text.length() > MAX_CREDENTIAL) {
      tooLarge();
      return null;
    }
    posted = certificates.check(text);
    return null;
  }

  private static void tooLarge() {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        "checkForm:credential",
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            context
                .getApplication()
                .getResourceBundle(context, "msg")
                .getString("verify.check.tooLarge"),
            null));
  }

  public boolean isPosted() {
    return posted != null;
  }

  public String getPasted() {
    return pasted;
  }

  public void setPasted(String pasted) {
    this.pasted = pasted;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  /** The delivery modes of a check in the reader's language. */
  public String modes(CredentialCheck check) {
    if (check == null || check.fields() == null) {
      return "";
    }
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
    return check.fields().deliveryModes().stream()
        .map(m -> msg.containsKey("talent.mode." + m) ? msg.getString("talent.mode." + m) : m)
        .collect(Collectors.joining(", "));
  }
}
