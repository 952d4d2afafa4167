package org.institute.talent;

import java.io.Serializable;

/** A partner as the talent pages show it: id, code and bilingual name. */
public record PartnerRef(long id, String code, String nameEn, String nameZh)
    implements Serializable {}
