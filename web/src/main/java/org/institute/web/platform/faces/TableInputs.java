package org.institute.web.platform.faces;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a form shows a violation of one of its table's rows: the module names {@code
 * milestones[2].amount}, the page's input is {@code milestones:2:amount} of the table {@code
 * milestones}; a violation of a whole row ({@code milestones[2]}) is shown beside the table. Other
 * fields are left as they are.
 */
public final class TableInputs {

  private TableInputs() {}

  /**
   * The inputs of the table {@code table}, for {@link Messages#attempt} and {@link Messages#show}.
   */
  public static UnaryOperator<String> of(String table) {
    String rows = Pattern.quote(table);
    String input = Matcher.quoteReplacement(table);
    return field ->
        field
            .replaceAll("^" + rows + "\\[(\\d+)\\]\\.(\\w+)$", input + ":$1:$2")
            .replaceAll("^" + rows + "\\[(\\d+)\\]$", input);
  }
}
