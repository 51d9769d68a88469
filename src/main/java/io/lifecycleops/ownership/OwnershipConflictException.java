package io.lifecycleops.ownership;

/** Someone else changed the account's owner first: one account, one owner, so this transfer is refused. */
public class OwnershipConflictException extends RuntimeException {

  /** The BPMN error code a process catches. */
  public static final String ERROR_CODE = "OWNERSHIP_CONFLICT";

  private final String currentOwner;

  public OwnershipConflictException(String accountId, String expectedOwner, String currentOwner) {
    super("account " + accountId + " is owned by " + currentOwner + ", not " + expectedOwner + ": the transfer was refused");
    this.currentOwner = currentOwner;
  }

  public String currentOwner() {
    return currentOwner;
  }
}
