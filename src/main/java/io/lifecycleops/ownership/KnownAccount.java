package io.lifecycleops.ownership;

import io.lifecycleops.web.SubjectId;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id of an account this service knows. Absent or malformed ids are left to {@code @NotBlank} and
 * {@link SubjectId}, so a field gets one message. Needs Spring's validator (it reads the accounts).
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownAccount.Check.class)
public @interface KnownAccount {

  String message() default "is not a known account";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<KnownAccount, String> {

    private final AccountDirectory accounts;

    Check(AccountDirectory accounts) {
      this.accounts = accounts;
    }

    @Override
    public boolean isValid(String id, ConstraintValidatorContext context) {
      return id == null || !SubjectId.FORM.matcher(id).matches() || accounts.byId(id).isPresent();
    }
  }
}
