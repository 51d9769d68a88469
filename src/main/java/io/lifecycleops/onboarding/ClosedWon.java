package io.lifecycleops.onboarding;

import io.lifecycleops.account.Segment;
import io.lifecycleops.identity.KnownUser;
import io.lifecycleops.web.CountryCode;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The data of an {@code opportunity.closed_won} event: the deal and the handoff package sales passes
 * to customer success. Lists are joined into one text variable for the forms, so they are bounded to
 * fit Camunda's 4000-character text column.
 */
public record ClosedWon(
    @NotBlank @SubjectId String accountId,
    @NotBlank @SubjectId String opportunityId,
    @NotBlank @Size(max = 500) String accountName,
    Segment segment,
    @PositiveOrZero Integer employees,
    @PositiveOrZero Double annualRevenue,
    @CountryCode String country,
    @NotNull @Positive Double arr,
    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD or EUR") String currency,
    @NotNull LocalDate termStart,
    @NotNull LocalDate termEnd,
    @Min(1) Integer seats,
    @Size(max = MAX_ITEMS, message = ITEMS) List<@Size(max = MAX_ITEM_LENGTH) String> products,
    @Size(max = 500) String champion,
    @Size(max = 500) String economicBuyer,
    @Size(max = 500) String technicalContact,
    @Size(max = MAX_ITEMS, message = ITEMS) List<@Size(max = MAX_ITEM_LENGTH) String> successCriteria,
    @Size(max = MAX_ITEMS, message = ITEMS) List<@Size(max = MAX_ITEM_LENGTH) String> commitments,
    LocalDate implementationDeadline,
    @Size(max = 200) @KnownUser String accountExecutive) {

  static final int MAX_ITEMS = 20;
  static final int MAX_ITEM_LENGTH = 180;
  static final String ITEMS = "must have at most {max} items";

  public ClosedWon {
    champion = trimmed(champion);
    economicBuyer = trimmed(economicBuyer);
    technicalContact = trimmed(technicalContact);
  }

  /** A list as one text, blank items left out; null when nothing is left. */
  static String joined(List<String> items, String separator) {
    if (items == null) {
      return null;
    }
    List<String> given = items.stream().filter(item -> item != null && !item.isBlank()).toList();
    return given.isEmpty() ? null : String.join(separator, given);
  }

  private static String trimmed(String text) {
    return text == null ? null : text.strip();
  }
}
