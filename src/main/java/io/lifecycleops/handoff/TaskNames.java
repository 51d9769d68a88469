package io.lifecycleops.handoff;

/** Task names as Tasklist shows them: whatever the subject's label, the name fits Camunda's 255-character column. */
public final class TaskNames {

  /** ACT_RU_TASK.NAME_ and ACT_HI_TASKINST.NAME_ are varchar(255). */
  static final int MAX_LENGTH = 255;

  private TaskNames() {}

  /** {@code name}, shortened with an ellipsis if it is longer than the column. */
  public static String fit(String name) {
    if (name == null || name.length() <= MAX_LENGTH) {
      return name;
    }
    int end = MAX_LENGTH - 1;
    if (Character.isHighSurrogate(name.charAt(end - 1))) {
      end--; // never split a character
    }
    return name.substring(0, end) + "…";
  }
}
