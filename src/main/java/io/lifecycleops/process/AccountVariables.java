package io.lifecycleops.process;

import static io.lifecycleops.process.ProcessVariable.integer;
import static io.lifecycleops.process.ProcessVariable.number;
import static io.lifecycleops.process.ProcessVariable.text;

/**
 * Variables of every process about a customer account and its contract (onboarding, renewal,
 * expansion, and the ones to come): a process API's {@code Variables} extends this class, so each is
 * declared once and read as {@code Variables.ARR} there.
 */
public class AccountVariables {

  public static final ProcessVariable<String> ACCOUNT_ID = text("accountId");
  public static final ProcessVariable<String> ACCOUNT_NAME = text("accountName");
  public static final ProcessVariable<String> SEGMENT = text("segment");
  public static final ProcessVariable<String> REGION = text("region");
  public static final ProcessVariable<String> ACCOUNT_OWNER = LifecycleVariables.ACCOUNT_OWNER;
  /** Of the contract: annual recurring revenue, its currency, term (ISO dates) and seats. */
  public static final ProcessVariable<Double> ARR = number("arr");
  public static final ProcessVariable<String> CURRENCY = text("currency");
  public static final ProcessVariable<String> TERM_START = text("termStart");
  public static final ProcessVariable<String> TERM_END = text("termEnd");
  public static final ProcessVariable<Integer> SEATS = integer("seats");

  protected AccountVariables() {}
}
