package org.institute.web.core.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.institute.core.AuditEntryView;
import org.institute.core.AuditPage;
import org.institute.core.AuditQuery;
import org.institute.core.AuditTrail;
import org.institute.core.ChainCheck;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail page: filters, a lazily paged table, and chain verification. */
@Named("auditTrail")
@ViewScoped
public class AuditTrailBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AuditTrail audit;

  private String actor;
  private String entityType;
  private String entityId;
  private LocalDate from;
  private LocalDate to;
  private ChainCheck chain;

  private final LazyDataModel<AuditEntryView> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, audit.search(query(), 0, 1).total());
        }

        @Override
        public List<AuditEntryView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          AuditPage page = audit.search(query(), first, pageSize);
          setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
          return page.entries();
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
          return Long.toString(entry.sequence());
        }
      };

  private AuditQuery query() {
    return new AuditQuery(actor, entityType, entityId, from, to);
  }

  public void filter() {
    // the table reloads with the new query on the next render
  }

  public void reset() {
    actor = null;
    entityType = null;
    entityId = null;
    from = null;
    to = null;
  }

  public void verify() {
    chain = audit.verify();
    if (chain.intact()) {
      Messages.info("chain.intact", chain.linksChecked());
    } else {
      Messages.error(null, "chain.broken", chain.firstBrokenSequence(), chain.problem());
    }
  }

  public LazyDataModel<AuditEntryView> getEntries() {
    return entries;
  }

  /** What was done, in the reader's language; a code the bundles do not know shows as itself. */
  public String action(AuditEntryView entry) {
    return label("audit.action.", entry.action());
  }

  /** The kind of record it was done to, in the reader's language. */
  public String recordType(AuditEntryView entry) {
    return label("audit.type.", entry.entityType());
  }

  private static String label(String prefix, String code) {
    String key = prefix + code;
    String text = Messages.text(key);
    return text.equals(key) ? code : text;
  }

  public ChainCheck getChain() {
    return chain;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
