package io.lifecycleops.access;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against Camunda's users (the same ones Tasklist and engine-rest
 * know, with Camunda's own lockout delays), and makes the caller from their groups.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final Callers callers;

  CamundaIdentityAuthenticationProvider(IdentityService identity, Callers callers) {
    this.identity = identity;
    this.callers = callers;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || user.isBlank() || password == null || !identity.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("Send HTTP Basic credentials of a Camunda user.");
    }
    UsernamePasswordAuthenticationToken authenticated = authenticated(callers.of(user));
    authenticated.setDetails(authentication.getDetails());
    return authenticated;
  }

  /** The caller as Spring Security's authentication, its roles as authorities. */
  static UsernamePasswordAuthenticationToken authenticated(Caller caller) {
    var authorities = caller.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
