package io.lifecycleops.intake;

/**
 * Whether the caller may post events of a type: asked before anything is looked up or stored. The
 * access model implements it (integration clients post the types their group is configured for).
 */
public interface EventTypePermission {

  /** @throws io.lifecycleops.web.ApiProblem 403 when the current caller may not post {@code type} */
  void check(String type);
}
