package io.lifecycleops.ownership;

/** A customer or prospect company, matched by its email domain, with at most one owner. */
public record Account(String id, String domain, String name, String owner, String stage, String segment, String region) {

  public boolean owned() {
    return owner != null && !owner.isBlank();
  }
}
