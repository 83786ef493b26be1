package vn.diemnong.access;

import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for the page and the API. Browsers sign in with a form and keep a session, whose writes need
 * the CSRF token; scripts send HTTP Basic on every request, get no session and need no token. The rules below grant
 * each {@link Capability} (the role matrix) its requests; commune scope is applied in the services and queries
 * ({@link vn.diemnong.common.Scope}).
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	/** Requests that carry their own credentials: no session, no CSRF token (a forged page cannot set the header). */
	static final RequestMatcher BASIC_AUTH = request -> {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	};

	/**
	 * API calls with no session at all: a forged request rides on its victim's session cookie, so without one there
	 * is nothing to forge, and the caller is told to sign in (401) rather than to bring a token (403).
	 */
	static final RequestMatcher API_WITHOUT_SESSION = request -> request.getRequestedSessionId() == null
			&& request.getRequestURI().startsWith(request.getContextPath() + "/api/");

	/** The OpenAPI document and Swagger UI: public with {@code diemnong.api-docs.public} (the demo), else signed in. */
	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, Problems problems, SignIn signIn,
			ContentSecurityPolicy csp, RateLimits rateLimits, ObjectProvider<ClientRegistrationRepository> oidc,
			OidcAccounts oidcAccounts, DaoAuthenticationProvider passwords, Accounts accounts,
			@Value("${diemnong.api-docs.public:false}") boolean apiDocsPublic) throws Exception {
		AuthorizationManager<RequestAuthorizationContext> apiDocs = apiDocsPublic
				? SingleResultAuthorizationManager.permitAll() : AuthenticatedAuthorizationManager.authenticated();
		http.authenticationProvider(passwords)
			.authorizeHttpRequests(rules -> rules
				.requestMatchers("/api/v1/public/**", "/api/v1/me", "/api/v1/config").permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				// citizens' tips: filed, followed and added to without signing in; handled by those who may
				.requestMatchers(HttpMethod.POST, "/api/v1/tips", "/api/v1/tips/status/*/additions").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/tips/status/*").permitAll()
				.requestMatchers("/api/v1/tips", "/api/v1/tips/**").hasAnyRole(Capability.TIPS.roles())
				.requestMatchers("/api/v1/audit/**").hasAnyRole(Capability.AUDIT.roles())
				.requestMatchers("/api/v1/users/**").hasAnyRole(Capability.USERS.roles())
				.requestMatchers(HttpMethod.POST, "/api/v1/inspections").hasAnyRole(Capability.RECORD_INSPECTIONS.roles())
				.requestMatchers(HttpMethod.POST, "/api/v1/patrol-plans").hasAnyRole(Capability.PLAN_PATROLS.roles())
				.requestMatchers(HttpMethod.POST, "/api/v1/sites").hasAnyRole(Capability.EDIT_SITES.roles())
				.requestMatchers(HttpMethod.PATCH, "/api/v1/sites/*").hasAnyRole(Capability.EDIT_SITES.roles())
				.requestMatchers(HttpMethod.POST, "/api/v1/sites/*/location-corrections")
					.hasAnyRole(Capability.EDIT_SITES.roles())
				.requestMatchers(HttpMethod.POST, "/api/v1/sites/*/status-events")
					.hasAnyRole(Capability.RECORD_STATUS.roles())
				.requestMatchers(HttpMethod.POST, "/api/v1/sites/*/observations", "/api/v1/observations")
					.hasAnyRole(Capability.RECORD_STATUS.roles())
				// signed commitments name their signers: those who collect them, not every reader
				.requestMatchers("/api/v1/sites/*/commitments").hasAnyRole(Capability.RECORD_STATUS.roles())
				// observations and photos are personal data (an officer's note and position, faces): the same roles
				.requestMatchers("/api/v1/observations/**", "/api/v1/photos/**")
					.hasAnyRole(Capability.RECORD_STATUS.roles())
				.requestMatchers(HttpMethod.POST, "/api/v1/patrol-plans/*/patrols", "/api/v1/patrols/**")
					.hasAnyRole(Capability.RECORD_PATROLS.roles())
				.requestMatchers(HttpMethod.GET, "/api/v1/hotspots/**").hasAnyRole(Capability.HOTSPOTS.roles())
				.requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(Capability.DATA.roles())
				.requestMatchers("/api/**", "/actuator/**").authenticated()
				.requestMatchers(API_DOCS).access(apiDocs)
				.anyRequest().permitAll())
			// nothing to return to after signing in (the page asks by fetch), so an anonymous call needs no session
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.loginPage("/").loginProcessingUrl("/login").successHandler(signIn)
				.failureHandler(problems).permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.spa().ignoringRequestMatchers(BASIC_AUTH, API_WITHOUT_SESSION))
			.headers(headers -> headers
				.contentSecurityPolicy(policy -> policy.policyDirectives(csp.directives()))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
			.addFilterBefore(rateLimits, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AccountSessions(accounts), AnonymousAuthenticationFilter.class);
		if (oidc.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/")
				.userInfoEndpoint(info -> info.oidcUserService(oidcAccounts))
				.successHandler((request, response, authentication) -> response.sendRedirect("/")));
		}
		return http.build();
	}

	/** The rate limits run inside the security chain only, not a second time as a servlet filter of their own. */
	@Bean
	FilterRegistrationBean<RateLimits> rateLimitsInSecurityChainOnly(RateLimits rateLimits) {
		FilterRegistrationBean<RateLimits> registration = new FilterRegistrationBean<>(rateLimits);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new Bcrypt(properties.bcryptStrength())));
	}

	/**
	 * bcrypt reads at most 72 bytes and Spring's encoder refuses more with an exception (a 500 at sign-in). No stored
	 * password is longer ({@link Passwords}), so a longer one presented at sign-in is simply wrong; it is still hashed
	 * (cut) so that the answer takes as long as any other.
	 */
	static final class Bcrypt extends BCryptPasswordEncoder {

		private static final String SAME_COST = "x".repeat(Passwords.MAX_BYTES);

		Bcrypt(int strength) {
			super(strength);
		}

		@Override
		protected boolean matchesNonNull(String raw, String encoded) {
			if (Passwords.tooLong(raw)) {
				super.matchesNonNull(SAME_COST, encoded);
				return false;
			}
			return super.matchesNonNull(raw, encoded);
		}
	}

	/** Passwords from the accounts table; the session keeps the account without its hash. */
	@Bean
	DaoAuthenticationProvider passwordAuthentication(Accounts accounts, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(username -> (username.length()
				> SignInThrottle.NAME_LENGTH ? Optional.<Account>empty() : accounts.find(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"))) {
			@Override
			protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
					UserDetails user) {
				return super.createSuccessAuthentication(((Account) principal).withoutPassword(), authentication, user);
			}
		};
		provider.setPasswordEncoder(encoder);
		// a disabled account is refused after its password is checked, not before: answered as fast as any other
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}
}
