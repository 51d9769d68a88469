package io.lifecycleops.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * The id of a lead, account, opportunity or contract: 1-128 letters, digits and {@code ._:@-}, so it
 * fits every id column and reads well in a URL. Absent is valid: add {@code @NotBlank} to require it.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SubjectId.Check.class)
public @interface SubjectId {

  Pattern FORM = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

  String message() default "must be an id: 1-128 letters, digits and . _ : @ -";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<SubjectId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || FORM.matcher(value).matches();
    }
  }
}
