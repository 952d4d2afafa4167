package org.institute.core;

/**
 * Admins maintain the SGD/CNY rates: one at a time, or a CSV file of daily rates that is stored all
 * or nothing. Admins, the council and auditors list them.
 */
public interface FxRateAdministration {

  /** Rates newest first (then SGD/CNY before CNY/SGD). */
  FxRatePage rates(int firstResult, int maxResults);

  /** Records or corrects one rate (admins). Audited. */
  FxRateView record(NewFxRate rate);

  /**
   * Imports a CSV with the header {@code date,rate} (one SGD in CNY per day). Any bad line refuses
   * the whole file with one violation per line (field {@code line N}); importing the same file
   * again changes nothing. Audited.
   */
  FxImportResult importCsv(String csv);
}
