package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

/** A page of the caller's inbox and how many deals wait in all. */
public record InboxPage(List<InboxRow> deals, long total, int offset, int limit)
    implements Serializable {}
