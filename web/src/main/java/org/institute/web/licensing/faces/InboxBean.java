package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealView;
import org.institute.licensing.InboxRow;
import org.institute.licensing.LicenceDeals;
import org.institute.web.platform.faces.Messages;

/** What waits for the signed-in user; admins approve straight from here. */
@Named("licInbox")
@ViewScoped
public class InboxBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LicenceDeals deals;

  private List<InboxRow> rows;

  public List<InboxRow> getRows() {
    if (rows == null) {
      rows = deals.inbox(0, 200).deals();
    }
    return rows;
  }

  /** Whether the module offers the approval of this deal straight from the inbox. */
  public boolean mayApprove(InboxRow row) {
    return row.allowedActions().contains(DealAction.APPROVE);
  }

  /** Approves and opens the deal, whose timeline then shows the approval. */
  public String approve(long id) {
    try {
      DealView view = deals.approve(id, null);
      Messages.infoAfterRedirect("lic.deal.done", Messages.text("lic.state." + view.state()));
      return "/app/licensing/deal.xhtml?faces-redirect=true&id=" + id;
    } catch (ConflictException e) {
      Messages.error(null, "lic.deal.conflict");
    } catch (AccessRefusedException e) {
      Messages.error(null, "lic.deal.refused");
    } catch (RecordNotFoundException e) {
      Messages.error(null, "lic.deal.notFound");
    } catch (InvalidCommandException e) {
      Messages.show("inbox", e);
    }
    rows = null;
    return null;
  }
}
