package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Slice;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealView;
import org.institute.licensing.InboxRow;
import org.institute.licensing.LicenceDeals;
import org.institute.web.platform.faces.Messages;

/**
 * What waits for the signed-in user, what has waited longest first, {@value #ROWS} at a time with
 * the next page named by its cursor in the address (decision 0125) and how many wait in all; admins
 * approve straight from here.
 */
@Named("licInbox")
@ViewScoped
public class InboxBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rows per page. */
  static final int ROWS = 50;

  @Inject private LicenceDeals deals;

  private String cursor;
  private Slice<InboxRow> page;

  /** The page the address names; a cursor that does not read opens the first page. */
  private Slice<InboxRow> page() {
    if (page == null) {
      PageCursor after;
      try {
        after = PageCursor.parse(cursor).orElse(null);
      } catch (InvalidCommandException badCursor) {
        after = null;
      }
      try {
        page = deals.inbox(new PageRequest(after, ROWS, true));
      } catch (InvalidCommandException staleCursor) {
        cursor = null;
        page = deals.inbox(new PageRequest(null, ROWS, true));
      }
    }
    return page;
  }

  public List<InboxRow> getRows() {
    return page().items();
  }

  /** How many deals wait for the caller in all pages. */
  public long getWaiting() {
    return page().exactTotal().orElse(0L);
  }

  /** The cursor of the next page, or null on the last. */
  public String getNext() {
    return page().nextCursor().map(PageCursor::encode).orElse(null);
  }

  /** Whether this is a later page than the first (the page then links back to the first). */
  public boolean isLaterPage() {
    page();
    return cursor != null && !cursor.isBlank();
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
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
    page = null;
    return null;
  }
}
