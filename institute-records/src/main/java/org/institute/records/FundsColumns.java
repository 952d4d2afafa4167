package org.institute.records;

import java.io.Serializable;

/**
 * One figure three ways: in the commitment's own currency ({@code own}, null for a total that mixes
 * currencies), in SGD and in CNY.
 */
public record FundsColumns(FundsFigure own, FundsFigure sgd, FundsFigure cny)
    implements Serializable {}
