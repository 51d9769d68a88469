package io.lifecycleops.process;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable declared once, with its name and type: {@code LEAD_ID.from(execution)} reads it,
 * {@code LEAD_ID.on(execution).set(id)} writes it. Numbers are read as the declared kind whatever
 * the engine stored (a table's integer output may arrive as a Long), so no caller casts.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, Integer.class);
  }

  public static ProcessVariable<Double> number(String name) {
    return new ProcessVariable<>(name, Double.class);
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, Boolean.class);
  }

  /** A value whose type its writer chooses (a form field, a JSON value): read it as it is. */
  public static ProcessVariable<Object> any(String name) {
    return new ProcessVariable<>(name, Object.class);
  }

  public static ProcessVariable<Date> instant(String name) {
    return new ProcessVariable<>(name, Date.class);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The value visible from this scope (its own, else its parents'), or null. */
  public T from(VariableScope scope) {
    return typed(scope.getVariable(name));
  }

  /** The value of this very scope (e.g. a handoff task's input), or null. */
  public T fromLocal(VariableScope scope) {
    return typed(scope.getVariableLocal(name));
  }

  /** The value of a running execution, read through the engine's API. */
  public T from(RuntimeService runtime, String executionId) {
    return typed(runtime.getVariable(executionId, name));
  }

  /** The value in a map of variables read from the engine (e.g. {@code runtime.getVariables(id, names)}). */
  public T in(Map<String, ?> variables) {
    return typed(variables.get(name));
  }

  /** The names of these variables, e.g. to read only them. */
  public static List<String> names(ProcessVariable<?>... variables) {
    return Arrays.stream(variables).map(ProcessVariable::name).toList();
  }

  /** A flag that is true only when set to true. */
  public boolean isTrueIn(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public Writer<T> on(VariableScope scope) {
    return new Writer<>(this, scope);
  }

  /** Puts the value under this variable's name, e.g. into the variables a process starts with. */
  public void put(Map<String, Object> variables, T value) {
    variables.put(name, value);
  }

  T typed(Object value) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof Number number) {
      if (type == Integer.class) {
        return type.cast(number.intValue());
      }
      if (type == Double.class) {
        return type.cast(number.doubleValue());
      }
    }
    throw new IllegalStateException(
        "variable '" + name + "' holds a " + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
  }

  @Override
  public String toString() {
    return name;
  }

  /** Writes one variable to one scope. */
  public record Writer<T>(ProcessVariable<T> variable, VariableScope scope) {

    /** Where the variable already lives, else on the process instance: the engine's setVariable. */
    public void set(T value) {
      scope.setVariable(variable.name(), value);
    }

    /** On this very scope only. */
    public void setLocal(T value) {
      scope.setVariableLocal(variable.name(), value);
    }
  }
}
