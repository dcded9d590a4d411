package de.kommunalpilot.identity.engine;

import java.util.LinkedHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import de.kommunalpilot.identity.Groups;
import de.kommunalpilot.platform.PublicPages;

/**
 * One login for everything: a session with form login for the app's pages and the Camunda webapps,
 * stateless HTTP Basic for {@code /engine-rest/**} and {@code /api/**}. Both check passwords against
 * Camunda's identity store.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@org.springframework.boot.context.properties.EnableConfigurationProperties(de.kommunalpilot.identity.IdentityProperties.class)
class SecurityConfiguration {

	static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

	/** Where the app's API describes itself (OpenAPI, as JSON and YAML); Swagger UI is a page and stays behind the login. */
	static final String[] API_DOCUMENT = { "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**" };

	/**
	 * The API's description for the clients of the API — HTTP Basic, as every API call — and for signed-in users (their
	 * session, as Swagger UI asks for it). A Basic client gets no session; without either, 401 as problem+json, not the
	 * login page.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain apiDocumentSecurity(HttpSecurity http, ProblemJsonSecurityHandlers problems) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new OrRequestMatcher(java.util.Arrays.stream(API_DOCUMENT).map(paths::matcher).toArray(RequestMatcher[]::new)));
		// read only (GET and HEAD, which CSRF protection never checks); the signed-in user's session is read as on pages
		return basicWithProblems(http, problems).build();
	}

	/** Every request authenticated, HTTP Basic, and problem+json (never the login page) when that fails or is not allowed. */
	private static HttpSecurity basicWithProblems(HttpSecurity http, ProblemJsonSecurityHandlers problems) throws Exception {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.httpBasic(basic -> basic.realmName("Kommunalpilot").authenticationEntryPoint(problems))
				.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.requestCache(AbstractHttpConfigurer::disable)
				.headers(headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemJsonSecurityHandlers problems) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		// path patterns, not MVC patterns: /engine-rest is served by its own servlet
		http.securityMatcher(new OrRequestMatcher(paths.matcher("/engine-rest/**"), paths.matcher("/api/**")));
		return basicWithProblems(http, problems)
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
				.csrf(AbstractHttpConfigurer::disable)
				.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher webappLogout = paths.matcher(HttpMethod.POST, WEBAPP_LOGOUT);
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/vendor/**", "/favicon.ico").permitAll()
				.requestMatchers(PublicPages.PATH + "/**").permitAll()
				// the calendar feed's secret address is its own credential, calendar programs send no login
				.requestMatchers(CalendarFeed.PATH + "**").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasAuthority(Groups.ADMINS)
				.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
				.logout(logout -> logout
						.logoutRequestMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.POST, "/logout"), webappLogout))
						.logoutSuccessHandler(logoutSuccess(webappLogout))
						.invalidateHttpSession(true)
						.deleteCookies("SESSION"))
				// the webapps guard their API with their own CSRF token (header X-XSRF-TOKEN)
				.csrf(csrf -> csrf.ignoringRequestMatchers(paths.matcher("/camunda/api/**")))
				.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint(paths)))
				// the webapps send their own policy with their own nonces; two policies would both apply
				.headers(headers -> common(headers).addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(paths.matcher("/camunda/**")), new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))));
		return http.build();
	}

	/**
	 * The app's pages load scripts, styles, images and fonts from the app only and run no inline script
	 * (handlers live in {@code /js/kommunalpilot.js}); inline styles stay allowed for htmx's indicator
	 * styles and bpmn-js. No framing, no plugins, forms post only to the app.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** JSON and files from the API are never a document that runs anything. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/** No features a case-management page needs (camera, location …), and no address sent to other sites. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
			+ "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()";

	private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

	/** Webapp API calls get a plain 401 (the webapp then goes to the login page), everything else the login page. */
	private static AuthenticationEntryPoint entryPoint(PathPatternRequestMatcher.Builder paths) {
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
		entryPoints.put(paths.matcher("/camunda/api/**"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
		DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
		entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
		return entryPoint;
	}

	private static LogoutSuccessHandler logoutSuccess(RequestMatcher webappLogout) {
		SimpleUrlLogoutSuccessHandler toLoginPage = new SimpleUrlLogoutSuccessHandler();
		toLoginPage.setDefaultTargetUrl("/login?logout");
		HttpStatusReturningLogoutSuccessHandler forWebapps = new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK);
		return (request, response, authentication) -> {
			if (webappLogout.matches(request)) {
				forWebapps.onLogoutSuccess(request, response, authentication);
			}
			else {
				toLoginPage.onLogoutSuccess(request, response, authentication);
			}
		};
	}
}
