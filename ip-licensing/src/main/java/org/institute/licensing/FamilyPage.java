package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

public record FamilyPage(List<FamilyRow> families, long total, int offset, int limit)
    implements Serializable {}
