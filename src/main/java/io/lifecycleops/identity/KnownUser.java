package io.lifecycleops.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.bpm.engine.IdentityService;

/** The id of a user in Camunda's identity service. Absent is valid: add {@code @NotBlank} to require it. Needs Spring's validator. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownUser.Check.class)
public @interface KnownUser {

  String message() default "is not a known user";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<KnownUser, String> {

    private final IdentityService identity;

    Check(IdentityService identity) {
      this.identity = identity;
    }

    @Override
    public boolean isValid(String userId, ConstraintValidatorContext context) {
      return userId == null || identity.createUserQuery().userId(userId).count() > 0;
    }
  }
}
