package org.institute.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

public record FxRateView(LocalDate date, String base, String quote, BigDecimal rate, String source)
    implements Serializable {}
