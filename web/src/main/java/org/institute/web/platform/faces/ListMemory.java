package org.institute.web.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The last address of each list page this session opened, with its search, filters, sort and page,
 * so that a record's breadcrumb leads back to the list as it was left (decision 0085). List pages
 * remember themselves with {@code <f:viewAction action="#{listMemory.remember}"/>}; the breadcrumb
 * asks {@link #address}.
 */
@Named("listMemory")
@SessionScoped
public class ListMemory implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A longer query string is not remembered: the list opens with its defaults instead. */
  static final int MAX_QUERY = 1000;

  private final Map<String, String> queries = new HashMap<>();

  /** Remembers the list page being opened, with its query string. */
  public void remember() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object request = faces.getExternalContext().getRequest();
    String query =
        request instanceof jakarta.servlet.http.HttpServletRequest http
            ? http.getQueryString()
            : null;
    remember(faces.getViewRoot().getViewId(), query);
  }

  synchronized void remember(String viewId, String query) {
    if (query == null || query.isBlank() || query.length() > MAX_QUERY) {
      queries.remove(viewId);
    } else {
      queries.put(viewId, query);
    }
  }

  /** The list page at {@code viewId} as last opened: path, and its query string if it had one. */
  public String address(String viewId) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return address(context, viewId);
  }

  synchronized String address(String contextPath, String viewId) {
    String query = queries.get(viewId);
    return contextPath + viewId + (query == null ? "" : "?" + query);
  }
}
