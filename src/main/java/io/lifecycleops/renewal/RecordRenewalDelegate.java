package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import io.lifecycleops.account.Contracts;
import io.lifecycleops.account.Contracts.Contract;
import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.RevenueLedger;
import io.lifecycleops.ledger.RevenueLedger.Kind;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.ownership.AccountStages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Renewed: RENEWAL revenue for the new term, plus EXPANSION for an uplift or CONTRACTION for a
 * downsell; the old contract closes, the next one opens and starts its own renewal.
 */
@EntersStage("RENEWED")
@Component
public class RecordRenewalDelegate implements JavaDelegate {

  private final Contracts contracts;
  private final RevenueLedger revenue;
  private final RenewalStarter renewals;
  private final AccountStages stages;
  private final AccountDirectory accounts;

  public RecordRenewalDelegate(Contracts contracts, RevenueLedger revenue, RenewalStarter renewals, AccountStages stages,
      AccountDirectory accounts) {
    this.contracts = contracts;
    this.revenue = revenue;
    this.renewals = renewals;
    this.stages = stages;
    this.accounts = accounts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contract old = contracts.byId(CONTRACT_ID.from(execution)).orElseThrow();
    Object renewedArr = RENEWED_ARR.from(execution);
    Object newTermEnd = NEW_TERM_END.from(execution);
    if (!(renewedArr instanceof Number) || newTermEnd == null) {
      throw new IllegalArgumentException("a renewal needs " + RENEWED_ARR + " and " + NEW_TERM_END);
    }
    BigDecimal arr = BigDecimal.valueOf(((Number) renewedArr).doubleValue());
    LocalDate start = old.termEnd().plusDays(1);
    LocalDate end = LocalDate.parse(newTermEnd.toString().substring(0, 10));
    String accountId = execution.getProcessBusinessKey();
    String pi = execution.getProcessInstanceId();
    Map<String, Object> link = Map.of("contractId", old.id(), "previousArr", old.arr());
    revenue.record(accountId, pi, Stage.RENEWED.name(), Kind.RENEWAL, arr, old.currency(), start.toString(), end.toString(), link);
    BigDecimal change = arr.subtract(old.arr());
    if (change.signum() > 0) {
      revenue.record(accountId, pi, Stage.RENEWED.name(), Kind.EXPANSION, change, old.currency(), start.toString(), end.toString(),
          Map.of("contractId", old.id(), "source", "RENEWAL_UPLIFT"));
    } else if (change.signum() < 0) {
      revenue.record(accountId, pi, Stage.RENEWED.name(), Kind.CONTRACTION, change.negate(), old.currency(), start.toString(),
          end.toString(), Map.of("contractId", old.id()));
    }
    contracts.close(old.id(), Contracts.Status.RENEWED);
    Contract next = contracts.open(accountId, null, arr, old.currency(), start, end, old.seats(), old.id());
    stages.enter(execution, Stage.RENEWED, Map.of("contractId", old.id(), "nextContractId", next.id()));
    var account = accounts.byId(accountId).orElseThrow();
    renewals.start(next, account.name(), account.segment(), account.region(), account.owner());
  }
}
