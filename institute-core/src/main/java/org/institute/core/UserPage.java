package org.institute.core;

import java.io.Serializable;
import java.util.List;

/** A page of users with the total that matches the query. */
public record UserPage(List<UserDetails> users, long total) implements Serializable {
  public UserPage {
    users = List.copyOf(users);
  }
}
