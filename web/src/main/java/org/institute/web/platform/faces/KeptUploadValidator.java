package org.institute.web.platform.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.servlet.http.Part;
import org.institute.core.Documents;

/**
 * Keeps a chosen file in {@link KeptUploads} while the form is validated, so that a refusal of any
 * other field, even one that stops the form before its action, does not lose it. A file larger than
 * the documents store takes is refused beside its field and not kept.
 */
@FacesValidator("keptUpload")
public class KeptUploadValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof Part part) || part.getSize() <= 0) {
      return;
    }
    if (part.getSize() > Documents.MAX_BYTES) {
      String text = Messages.text("document.tooLarge");
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    CDI.current().select(KeptUploads.class).get().keep(component.getClientId(context), part);
  }
}
