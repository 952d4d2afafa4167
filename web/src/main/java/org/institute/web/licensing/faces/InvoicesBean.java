package org.institute.web.licensing.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Slice;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.Invoices;

/**
 * A page of invoices and credit notes, newest first, the next page named by its cursor in the
 * address (decision 0095): the licensor side's list and the licensee's own.
 */
@Named("invoices")
@RequestScoped
public class InvoicesBean {

  static final int ROWS = 25;

  @Inject private Invoices invoices;

  private String cursor;
  private Slice<InvoiceView> page;

  public void load() {
    PageCursor after;
    try {
      after = PageCursor.parse(cursor).orElse(null);
    } catch (InvalidCommandException badCursor) {
      after = null;
    }
    page = invoices.list(new PageRequest(after, ROWS, false));
  }

  public List<InvoiceView> getRows() {
    if (page == null) {
      load();
    }
    return page.items();
  }

  /** The cursor of the next page, or null on the last. */
  public String getNext() {
    if (page == null) {
      load();
    }
    return page.nextCursor().map(PageCursor::encode).orElse(null);
  }

  private List<org.institute.licensing.OutstandingByLicensee> ageing;

  /** What each licensee owes, by age past the due date (issue 18, item 6). */
  public List<org.institute.licensing.OutstandingByLicensee> getAgeing() {
    if (ageing == null) {
      ageing = invoices.ageing();
    }
    return ageing;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }
}
