package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Lead-to-account matching by company domain: one account, one owner. A lead from a personal
 * mailbox (gmail.com, ...) matches no account.
 */
@Component
public class MatchLeadToAccountDelegate implements JavaDelegate {

  private final AccountDirectory accounts;

  public MatchLeadToAccountDelegate(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String domain = DOMAIN.from(execution);
    if (accounts.isPersonalDomain(domain)) {
      ACCOUNT_ID.on(execution).set(null);
      ACCOUNT_OWNER.on(execution).set(null);
      ACCOUNT_OWNED.on(execution).set(false);
      return;
    }
    Account account = accounts.matchOrCreate(domain, COMPANY.from(execution));
    ACCOUNT_ID.on(execution).set(account.id());
    ACCOUNT_OWNER.on(execution).set(account.owner());
    ACCOUNT_OWNED.on(execution).set(account.owned());
  }
}
