package org.institute.records;

/** The bibliography files a publication import reads. */
public enum BibliographyFormat {
  /** BibTeX ({@code .bib}), as reference managers and Google Scholar export it. */
  BIBTEX,
  /** RIS ({@code .ris}), the tagged format of EndNote, Zotero, Web of Science and publishers. */
  RIS,
  /** CSL-JSON, the Citation Style Language's data format (Zotero, Crossref, Pandoc). */
  CSL_JSON
}
