package org.institute.talent.domain;

import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;

/**
 * A certificate's place in the Bitstring Status Lists (W3C): list {@code list} (from 1), bit {@code
 * index}. Revoking the certificate sets that bit.
 *
 * <p>Places are drawn at random inside the list being filled, so that a bit's position says nothing
 * about when a certificate was issued or who else got one then (the "herd privacy" the
 * specification asks for). A list takes at most half as many certificates as it has bits, so a
 * random draw finds a free place in two tries on average; then the next list opens.
 */
public record StatusSlot(int list, int index) {

  /** Bits per list: 16 KiB, the specification's minimum, which hides the number issued. */
  public static final int LIST_SIZE = 131_072;

  /** Certificates per list before the next list opens. */
  public static final int LIST_CAPACITY = LIST_SIZE / 2;

  public StatusSlot {
    if (list < 1 || index < 0 || index >= LIST_SIZE) {
      throw new IllegalArgumentException("no such status list place: " + list + "/" + index);
    }
  }

  /**
   * A free place for the next certificate, given how many already have one and which places are
   * taken.
   */
  public static StatusSlot allocate(
      long alreadyPlaced, RandomGenerator random, BiPredicate<Integer, Integer> taken) {
    int list = (int) (alreadyPlaced / LIST_CAPACITY) + 1;
    int index;
    do {
      index = random.nextInt(LIST_SIZE);
    } while (taken.test(list, index));
    return new StatusSlot(list, index);
  }
}
