package io.lifecycleops.lead;

import io.lifecycleops.web.CountryCode;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.hibernate.validator.constraints.Range;

/** The data of a {@code lead.mql} event: who the lead is and what marketing knows about them. */
public record LeadMql(
    @NotBlank @SubjectId String leadId,
    @NotBlank @Size(max = 320) @Pattern(regexp = "^[^@\\s]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}$", message = "must be a valid email address")
    String email,
    @Size(max = 200) String firstName,
    @Size(max = 200) String lastName,
    @NotBlank @Size(max = 500) String company,
    @Size(max = 255) @Pattern(regexp = "^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$", flags = Pattern.Flag.CASE_INSENSITIVE,
        message = "must be a domain name such as example.com") String domain,
    @PositiveOrZero Integer employees,
    @PositiveOrZero Double annualRevenue,
    @Size(max = 200) String industry,
    @NotBlank @CountryCode String country,
    @Size(max = 200) String source,
    @Range(min = 0, max = 100) Integer engagementScore) {

  public LeadMql {
    email = trimmed(email);
    firstName = trimmed(firstName);
    lastName = trimmed(lastName);
    company = trimmed(company);
    domain = trimmed(domain);
    industry = trimmed(industry);
    source = trimmed(source);
  }

  /** The company's domain: as given, else the email's. */
  String companyDomain() {
    String given = domain != null ? domain : email.substring(email.indexOf('@') + 1);
    return given.toLowerCase(Locale.ROOT);
  }

  private static String trimmed(String text) {
    return text == null ? null : text.strip();
  }
}
