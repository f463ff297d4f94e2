package org.protect.accounts.internal;

import jakarta.servlet.DispatcherType;

import org.protect.shared.web.PublicAddress;
import org.protect.shared.web.SecurityHeaders;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two ways in. The JSON API under {@code /api/**} is stateless: a bearer token on every request, never a
 * cookie, so it needs no CSRF token. Pages use a form sign-in, a session kept in the database, CSRF
 * protection, and the MFA steps of {@link Authorities}. Both get the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The requests' host names are checked against the configured public address (a request naming another
	 * host is refused with 400), so that no absolute URL the node writes can point elsewhere.
	 */
	@Bean
	WebSecurityCustomizer hostNames(PublicAddress address) {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHostnames(address::allowsHost);
		return web -> web.httpFirewall(firewall);
	}

	/**
	 * Partner nodes deliver messages here. No user and no session: each message is authenticated by its
	 * signature, which the cooperation module checks against the sender's pinned key.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain federationChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/federation/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens, UserRepository users, MfaPolicy mfa,
			ApiSecurityHandlers handlers)
			throws Exception {
		http.securityMatcher("/api/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.addFilterBefore(new BearerTokenFilter(tokens, users, mfa, handlers), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/session")
				.permitAll()
				// The directory and the guide are public: anyone may read them without signing in.
				.requestMatchers(HttpMethod.GET, "/api/v1/directory/search", "/api/v1/directory/countries",
						"/api/v1/directory/countries/*", "/api/v1/directory/entries/*", "/api/v1/guide")
				.permitAll()
				.anyRequest()
				.hasAuthority(Authorities.USER))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, PasswordAuthenticationProvider passwords,
			WebSignInHandlers handlers, SecurityProperties properties) throws Exception {
		http.authenticationProvider(passwords)
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
						"/actuator/health")
				.permitAll()
				// A node's identity document (its id and public keys) is public: partners fetch it to pair.
				.requestMatchers(HttpMethod.GET, "/.well-known/protect-node")
				.permitAll()
				// The API's description and its human page hold no data: anyone may read how to use the API.
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/directory/editor", "/directory/editor/**")
				.hasRole("DIRECTORY_EDITOR")
				.requestMatchers(HttpMethod.GET, "/directory", "/directory/search", "/directory/countries/**",
						"/directory/entries/**", "/guide")
				.permitAll()
				.requestMatchers("/login/code")
				.hasAuthority(Authorities.MFA_PENDING)
				.requestMatchers("/account/mfa")
				.hasAnyAuthority(Authorities.USER, Authorities.MFA_ENROLMENT_REQUIRED)
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAuthority(Authorities.USER))
			// The way to the sign-in page is relative: never built from the Host header a client sent.
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(relativeSignIn()))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(handlers)
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("PROTECT_SESSION"))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(handlers))
			.addFilterAfter(new AbsoluteSessionTimeoutFilter(properties), SecurityContextHolderFilter.class);
		headers(http);
		return http.build();
	}

	private static LoginUrlAuthenticationEntryPoint relativeSignIn() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * The same headers on the answers no filter chain gives: a request refused before Spring Security runs (its
	 * parameters unreadable or refused, a body too large, a URL its firewall rejects) and the error page it is
	 * sent to, which no chain writes headers for. The web chain's own header writer runs first, for every
	 * request; inside a chain it then sees the request as already done.
	 */
	@Bean
	FilterRegistrationBean<HeaderWriterFilter> headersOnEveryResponse(@Qualifier("webChain") SecurityFilterChain web) {
		HeaderWriterFilter headers = web.getFilters()
			.stream()
			.filter(HeaderWriterFilter.class::isInstance)
			.map(HeaderWriterFilter.class::cast)
			.findFirst()
			.orElseThrow();
		FilterRegistrationBean<HeaderWriterFilter> registration = new FilterRegistrationBean<>(headers);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
	}

}
