package io.lifecycleops.system;

import io.lifecycleops.system.DemoProperties.DemoUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the demo reps and managers (password = user id) on the embedded default only. Existing
 * users are left alone, so a password changed in Admin stays changed.
 */
@Component
@ConditionalOnProperty(name = "lifecycle.demo.enabled", havingValue = "true")
class DemoIdentity implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoIdentity.class);

  private final IdentityService identity;
  private final DemoProperties demo;

  DemoIdentity(IdentityService identity, DemoProperties demo) {
    this.identity = identity;
    this.demo = demo;
  }

  /** Runs once the engine is built, before the web server accepts requests. */
  @Override
  public void afterSingletonsInstantiated() {
    int created = 0;
    for (DemoUser person : demo.users()) {
      for (String groupId : person.groups()) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
          Group group = identity.newGroup(groupId);
          group.setName(groupId);
          group.setType("WORKFLOW");
          identity.saveGroup(group);
        }
      }
      if (identity.createUserQuery().userId(person.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(person.id());
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setPassword(person.id());
      user.setEmail(person.id() + "@demo.lifecycleops.io");
      identity.saveUser(user);
      for (String groupId : person.groups()) {
        identity.createMembership(person.id(), groupId);
      }
      created++;
    }
    if (created > 0) {
      log.info("Demo identity: created {} users (password = user id). Not for production.", created);
    }
  }
}
