package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.institute.licensing.DisclosurePage;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.DisclosureView;
import org.institute.licensing.Disclosures;
import org.institute.licensing.Inventor;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.web.platform.faces.ListAddress;

/**
 * "My disclosures": the disclosures of the signed-in user's partner (all of them for the IP
 * office), searched, filtered by state, sorted and paged in the database with everything in the
 * address ({@code ?q=&state=SUBMITTED&sort=title,asc&page=2}, decision 0085).
 */
@Named("licDisclosures")
@ViewScoped
public class DisclosuresBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rows per page. */
  static final int ROWS = 25;

  @Inject private Disclosures disclosures;
  @Inject private LicensingAccess access;

  private final ListAddress.Parameters list =
      new ListAddress.Parameters(
          "/app/licensing/disclosures.xhtml", Disclosures.SORTS, Disclosures.DEFAULT_SORT);
  private String stateParameter;
  private DisclosureState state;
  private DisclosurePage rows;

  /** Reads the address: an unknown state is ignored, an unknown sort or overlong search shown. */
  public void open() {
    state = null;
    for (DisclosureState s : DisclosureState.values()) {
      if (s.name().equals(stateParameter)) {
        state = s;
      }
    }
    list.filter("state", state == null ? null : state.name());
    list.open();
  }

  /** The page of disclosures the address names; the last page when it names one past the end. */
  public DisclosurePage getRows() {
    if (rows == null) {
      rows = search();
      if (list.pastTheEnd(rows.disclosures().size(), rows.total(), ROWS)) {
        rows = search();
      }
    }
    return rows;
  }

  private DisclosurePage search() {
    return disclosures.search(state, list.getSearch(), list.getSortText(), list.first(ROWS), ROWS);
  }

  public int getPage() {
    getRows();
    return list.getPage();
  }

  public int getPages() {
    return ListAddress.pages(getRows().total(), ROWS);
  }

  public DisclosureState[] getStates() {
    return DisclosureState.values();
  }

  public DisclosureState getState() {
    return state;
  }

  /** The search, sort and page of the address, and the links that change them. */
  public ListAddress.Parameters getList() {
    return list;
  }

  public String getStateParameter() {
    return stateParameter;
  }

  public void setStateParameter(String stateParameter) {
    this.stateParameter = stateParameter;
  }

  /** Whether the module lets the caller file a disclosure (the "New disclosure" button). */
  public boolean isMayFile() {
    return access.may(LicensingAction.SUBMIT_DISCLOSURE);
  }

  public String inventors(DisclosureView d) {
    StringBuilder b = new StringBuilder();
    for (Inventor i : d.inventors()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      var c = i.contribution().stripTrailingZeros();
      b.append(i.name())
          .append(" ")
          .append((c.scale() < 0 ? c.setScale(0) : c).toPlainString())
          .append(" %");
    }
    return b.toString();
  }
}
