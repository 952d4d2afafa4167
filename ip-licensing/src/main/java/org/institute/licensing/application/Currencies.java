package org.institute.licensing.application;

import java.util.Currency;

/** The two currencies of licensing: deals, payments and their split are in SGD or CNY. */
final class Currencies {
  static final Currency SGD = Currency.getInstance("SGD");
  static final Currency CNY = Currency.getInstance("CNY");

  private Currencies() {}
}
