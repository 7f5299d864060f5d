package cn.tjlib.warehouse.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Who may see what. Public and read-only: the OAI-PMH endpoint, search, record and suggestion APIs,
 * health, Prometheus metrics and the OpenAPI document. The console needs a form login (with CSRF
 * tokens on every form); the JSON admin API under {@code /api/admin/**} takes HTTP Basic, keeps no
 * session, and so needs no CSRF token. Everything else needs a login too, so that new endpoints are
 * closed until someone opens them here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String[] PUBLIC = {"/oai", "/api/search", "/api/records/**", "/api/suggest", "/actuator/health",
            "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**", "/error", "/console/login", "/console/*.css", "/console/*.js"};

    // A library's validation report is for that library's cataloguers and for network staff only.
    static final String[] LIBRARY_REPORTS = {"/api/reports/{code}", "/api/reports/{code}/**"};

    /**
     * Observes logins only. NOTE: observing every request's passage through the filter chain and
     * its authorization (the default once Actuator provides a registry) wrapped each of the dozen
     * filters in an observation: about 3% of the service's CPU on the public API, for metrics
     * nobody reads; {@code http.server.requests} still times every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    // a UserDetailsService bean in every context, so that Boot never invents a user with a generated password
    @Bean
    JdbcConsoleUsers consoleUsers(DataSource dataSource, PasswordEncoder encoder, Clock clock) {
        return new JdbcConsoleUsers(dataSource, encoder, clock);
    }

    @Bean
    @ConditionalOnWebApplication
    FirstAdmin firstAdmin(JdbcConsoleUsers users, ConsoleSecurityProperties properties) {
        return new FirstAdmin(users, properties);
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain adminApiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/admin/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless and Basic only: a browser's console session cookie is never accepted here
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain consoleAndPublicSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/console/libraries/{code}", "/console/libraries/{code}/**")
                        .access(new OwnLibraryAuthorization())
                        .requestMatchers(LIBRARY_REPORTS).access(new OwnLibraryAuthorization())
                        .requestMatchers("/console", "/console/**", "/actuator/**", "/api/reports").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/console/login").defaultSuccessUrl("/console", false).permitAll())
                // report downloads and scripts: libraries' tools may fetch their report with HTTP Basic;
                // a stranger on a page is still sent to the login page, an API client gets 401
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/login"),
                        request -> !request.getRequestURI().startsWith(request.getContextPath() + "/api/")))
                .logout(l -> l.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout").permitAll())
                .build();
    }
}
