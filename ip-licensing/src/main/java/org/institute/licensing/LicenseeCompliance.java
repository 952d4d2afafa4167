package org.institute.licensing;

/**
 * A licensee's compliance (issue 18, item 6; decision 0104): its reports on time or late, what it
 * owes by age, reported vs invoiced vs paid per year, and late-payment interest.
 */
public interface LicenseeCompliance {

  /**
   * The licensee's compliance over the deals the caller reads: licensee staff their own company's
   * only; the licensor side the deals in its scope.
   *
   * @throws org.institute.core.RecordNotFoundException for an unknown partner, or another company's
   *     for licensee staff
   */
  ComplianceView of(long licenseeId);

  /**
   * The compliance of the signed-in licensee staff's own company.
   *
   * @throws org.institute.core.AccessRefusedException for everybody but licensee staff
   */
  ComplianceView ofMyCompany();
}
