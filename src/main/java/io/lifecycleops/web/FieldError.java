package io.lifecycleops.web;

/** One offending field of a refused call, named by its JSON path (e.g. {@code data.email}) or parameter name. */
public record FieldError(String field, String message) {}
