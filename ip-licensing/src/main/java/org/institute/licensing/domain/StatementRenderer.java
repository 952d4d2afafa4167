package org.institute.licensing.domain;

import java.util.List;
import org.institute.licensing.DistributionLineView;

/** Prints a distribution statement as a PDF in English and Chinese (decision 0107). */
public interface StatementRenderer {

  /**
   * @param scope what the statement is of, in English and Chinese (an institution, a deal, an
   *     inventor, a period), one line each
   */
  byte[] render(List<String> scope, List<DistributionLineView> lines);
}
