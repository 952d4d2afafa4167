package org.institute.core;

import java.io.Serializable;
import java.time.LocalDate;

/** One rate: on {@code date}, one {@code base} buys {@code rate} (decimal text) {@code quote}. */
public record NewFxRate(LocalDate date, String base, String quote, String rate)
    implements Serializable {}
