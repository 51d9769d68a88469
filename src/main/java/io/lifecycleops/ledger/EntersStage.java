package io.lifecycleops.ledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lifecycle stages a model step (the delegate bean a service task or listener names) moves its subject into. The
 * operating-model page reads it to list each deployed process's stages; a test keeps it true to the delegate's code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EntersStage {

  /** The {@link Stage} names entered. */
  String[] value() default {};

  /** In words, when the stage is not fixed (e.g. the deal stage the rep moves a deal to). */
  String description() default "";
}
