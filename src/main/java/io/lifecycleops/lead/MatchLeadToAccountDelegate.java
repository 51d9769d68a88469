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
    String domain = (String) execution.getVariable(DOMAIN);
    if (accounts.isPersonalDomain(domain)) {
      execution.setVariable(ACCOUNT_ID, null);
      execution.setVariable(ACCOUNT_OWNER, null);
      execution.setVariable(ACCOUNT_OWNED, false);
      return;
    }
    Account account = accounts.matchOrCreate(domain, (String) execution.getVariable(COMPANY));
    execution.setVariable(ACCOUNT_ID, account.id());
    execution.setVariable(ACCOUNT_OWNER, account.owner());
    execution.setVariable(ACCOUNT_OWNED, account.owned());
  }
}
