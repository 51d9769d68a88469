package io.lifecycleops.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ownership.RaciTable;
import io.lifecycleops.ownership.RaciTable.RaciGroups;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/** The shipped access configuration fits the shipped raci table. */
class AccessConfigurationTest {

  private static final RaciGroups RACI = RaciTable.groupsOf(Dmn.readModelFromFile(new File("dmn/raci.dmn")));

  private static Binder applicationYaml() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new FileSystemResource("src/main/resources/application.yaml"));
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new PropertiesPropertySource("application.yaml", yaml.getObject()));
    return Binder.get(environment);
  }

  @Test
  void everyGroupABreachEscalatesToManagesTheProcessesItsHandoffsRunIn() {
    AuthorizationProperties managers = applicationYaml().bind("lifecycle.authorization", AuthorizationProperties.class).get();

    assertThat(RACI.escalation()).isNotEmpty();
    assertThat(managers.managers().keySet()).containsAll(RACI.escalation());
    managers.managers().values().forEach(processes -> assertThat(processes).isNotEmpty()
        .allSatisfy(process -> assertThat(new File("bpmn/" + process + ".bpmn")).exists()));
  }

  @Test
  void theRaciTableNamesTheRepGroupsOfEveryRegionAndTeam() {
    assertThat(RACI.responsible()).contains("sdr-amer", "sdr-emea", "sdr-apac", "ae-enterprise", "ae-commercial",
        "cs-enterprise", "cs-commercial", "cs-scaled", "account-managers");
  }

  @Test
  void integrationClientsPostTheTypesTheirPatternsCover() {
    AccessProperties access = applicationYaml().bind("lifecycle.access", AccessProperties.class).get();
    Caller crm = new Caller("crm", Set.of("lifecycle-integrations"), Set.of(Role.INTEGRATION), Set.of(),
        access.integrations().get("lifecycle-integrations"));
    Caller marketing = new Caller("marketing", Set.of("marketing-integrations"), Set.of(Role.INTEGRATION), Set.of(),
        access.integrations().get("marketing-integrations"));
    Caller rep = new Caller("emma", Set.of("sdr-emea"), Set.of(Role.REP), Set.of(), List.of());

    assertThat(crm.mayPost("opportunity.closed_won")).isTrue();
    assertThat(marketing.mayPost("lead.mql")).isTrue();
    assertThat(marketing.mayPost("lead.customer_replied")).isTrue();
    assertThat(marketing.mayPost("leadership.changed")).isFalse();
    assertThat(marketing.mayPost("opportunity.closed_won")).isFalse();
    assertThat(rep.mayPost("lead.mql")).isFalse();
    assertThat(access.adminGroups()).containsExactly("camunda-admin");
  }
}
