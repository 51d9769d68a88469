package io.lifecycleops.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifecycleops.expansion.ExpansionProcess;
import io.lifecycleops.lead.LeadToOpportunityProcess;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess;
import io.lifecycleops.renewal.RenewalProcess;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class ProcessVariablesTest {

  static Stream<Class<?>> processes() {
    return Stream.of(LeadToOpportunityProcess.class, ClosedWonToOnboardingProcess.class, RenewalProcess.class, ExpansionProcess.class);
  }

  /** A start variable nobody declared would be read by name somewhere, untyped: every one is declared, with its type. */
  @ParameterizedTest
  @MethodSource("processes")
  void everyStartVariableIsADeclaredVariableOfThatType(Class<?> process) throws Exception {
    Map<String, ProcessVariable<?>> declared = declared(Class.forName(process.getName() + "$Variables"));
    declared.putAll(declared(LifecycleVariables.class));
    Class<?> start = Class.forName(process.getName() + "$Start");

    List<String> problems = new ArrayList<>();
    for (RecordComponent component : start.getRecordComponents()) {
      ProcessVariable<?> variable = declared.get(component.getName());
      if (variable == null) {
        problems.add(component.getName() + " is not declared");
      } else if (!variable.type().isAssignableFrom(component.getType())) {
        problems.add(component.getName() + " is a " + component.getType().getSimpleName() + ", declared " + variable.type().getSimpleName());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aNumberIsReadAsTheDeclaredKindWhateverTheEngineStored() {
    VariableScope scope = scopeWith("seats", 12L, "arr", 120000);

    assertThat(ProcessVariable.integer("seats").from(scope)).isEqualTo(12);
    assertThat(ProcessVariable.number("arr").from(scope)).isEqualTo(120000.0);
    assertThat(ProcessVariable.text("missing").from(scope)).isNull();
  }

  @Test
  void aValueOfAnotherTypeIsRefusedNamingTheVariable() {
    VariableScope scope = scopeWith("seats", "twelve");

    assertThatThrownBy(() -> ProcessVariable.integer("seats").from(scope))
        .hasMessage("variable 'seats' holds a String, not a Integer");
  }

  @Test
  void aStartRecordBecomesOneVariablePerComponentAbsentOnesIncluded() {
    var start = new LeadToOpportunityProcess.Start("L-1", "ann@acme.example", null, null, "Acme", "acme.example",
        40, null, null, "DE", null, 70);

    Map<String, Object> variables = StartVariables.of(start);

    assertThat(variables).hasSize(12).containsEntry("leadId", "L-1").containsEntry("employees", 40)
        .containsEntry("engagementScore", 70).containsKey("firstName");
    assertThat(variables.get("firstName")).isNull();
  }

  private static VariableScope scopeWith(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    VariableScope scope = Mockito.mock(VariableScope.class);
    Mockito.when(scope.getVariable(Mockito.anyString())).thenAnswer(call -> values.get(call.getArgument(0, String.class)));
    return scope;
  }

  private static Map<String, ProcessVariable<?>> declared(Class<?> holder) throws IllegalAccessException {
    Map<String, ProcessVariable<?>> declared = new HashMap<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof ProcessVariable<?> variable) {
        declared.put(variable.name(), variable);
      }
    }
    return declared;
  }
}
