package org.institute.archfixtures.alpha;

/** Alpha API view: clean. */
public record AlphaView(long id, String name) {}
