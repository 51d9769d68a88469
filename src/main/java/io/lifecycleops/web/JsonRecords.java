package io.lifecycleops.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one way the service reads a JSON object into a typed record: every component is read on its
 * own (so a wrong type in one field does not hide the others), blank text counts as absent, then
 * the record's Bean Validation constraints run. Every problem comes back as a {@link FieldError}
 * named by its JSON path, one per field, in the record's order.
 */
@Component
public class JsonRecords {

  /** A record read from JSON, or the fields that stopped it; {@code value} is filled as far as it could be. */
  public record Read<T>(T value, FieldErrors errors) {}

  private final ObjectMapper json;
  private final Validator validator;

  public JsonRecords(ObjectMapper json, Validator validator) {
    // Strict: "12" is not a number, 12 is not a text, 1.5 is not an integer, "yes" is not a boolean.
    this.json = json.copy()
        .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
        .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
        .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
        .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    this.json.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    this.validator = validator;
  }

  /** Reads {@code node} (a JSON object) as {@code type}; field names are prefixed with {@code prefix} (e.g. "data"). */
  public <T extends Record> Read<T> read(JsonNode node, Class<T> type, String prefix) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    String[] wrongType = new String[components.length];
    for (int i = 0; i < components.length; i++) {
      JsonNode field = node == null ? null : node.get(components[i].getName());
      if (field == null || field.isNull() || (field.isTextual() && field.asText().isBlank())) {
        continue;
      }
      JavaType javaType = json.getTypeFactory().constructType(components[i].getGenericType());
      try {
        values[i] = json.treeToValue(field, javaType);
      } catch (Exception e) {
        wrongType[i] = typeMessage(javaType);
      }
    }
    T value = construct(type, components, values);
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    FieldErrors errors = new FieldErrors();
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      if (wrongType[i] != null) {
        errors.add(path(prefix, name), wrongType[i]);
        continue;
      }
      violations.stream()
          .filter(v -> v.getPropertyPath().iterator().next().getName().equals(name))
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> errors.addUnlessNamed(path(prefix, v.getPropertyPath()), v.getMessage()));
    }
    return new Read<>(value, errors);
  }

  /**
   * A request body as a valid record, else a 400 problem naming every bad field ({@code detail} says
   * what the request lacks). A missing body is an empty object: its required fields are named.
   */
  public <T extends Record> T valid(JsonNode body, Class<T> type, String detail) {
    Read<T> read = read(body, type, "");
    if (!read.errors().isEmpty()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", detail, read.errors().list());
    }
    return read.value();
  }

  private static <T> T construct(Class<T> type, RecordComponent[] components, Object[] values) {
    try {
      Constructor<T> canonical = type.getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("record " + type.getSimpleName() + " refused its values", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("record " + type.getSimpleName() + " cannot be built", e);
    }
  }

  /** What a value of this type looks like, for a value that is not one. */
  static String typeMessage(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return "must be a string";
    }
    if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
      return "must be an integer";
    }
    if (Number.class.isAssignableFrom(raw) || raw == double.class) {
      return "must be a number";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "must be true or false";
    }
    if (raw.isEnum()) {
      return "must be one of " + Arrays.toString(raw.getEnumConstants());
    }
    if (Temporal.class.isAssignableFrom(raw)) {
      return raw == java.time.LocalDate.class ? "must be a date such as 2027-01-31"
          : "must be an RFC 3339 timestamp such as 2026-11-28T09:30:00Z";
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return type.getContentType().getRawClass() == String.class ? "must be a string or an array of strings" : "must be an array";
    }
    return "has the wrong type";
  }

  private static String path(String prefix, String name) {
    return prefix == null || prefix.isEmpty() ? name : prefix + "." + name;
  }

  /** {@code commitments[0].<list element>} becomes {@code data.commitments[0]}. */
  static String path(String prefix, Path path) {
    StringBuilder field = new StringBuilder(prefix == null ? "" : prefix);
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('.').append(node.getKey());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return field.toString();
  }
}
