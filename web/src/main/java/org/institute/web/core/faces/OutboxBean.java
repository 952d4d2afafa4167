package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.institute.core.MailOutbox;

/** The mail outbox page for admins. */
@Named("outbox")
@RequestScoped
public class OutboxBean {

  @Inject private MailOutbox outbox;

  private List<MailOutbox.Message> latest;

  public List<MailOutbox.Message> getLatest() {
    if (latest == null) {
      latest = outbox.latest(0, 200);
    }
    return latest;
  }

  public boolean isDeliveryConfigured() {
    return outbox.deliveryConfigured();
  }
}
