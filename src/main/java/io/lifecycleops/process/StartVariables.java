package io.lifecycleops.process;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables a process starts with, from the process API's {@code Start} record: one variable per
 * component, named as the component (absent values too, as null, so the model's expressions can read them).
 */
public final class StartVariables {

  private StartVariables() {}

  public static Map<String, Object> of(Record start) {
    Map<String, Object> variables = new HashMap<>();
    for (RecordComponent component : start.getClass().getRecordComponents()) {
      try {
        component.getAccessor().setAccessible(true);
        variables.put(component.getName(), component.getAccessor().invoke(start));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + component.getName() + " of " + start, e);
      }
    }
    return variables;
  }
}
