package io.sightline.app.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.sightline.app.base.ClientAddress;
import io.sightline.app.tracking.MemberNetworkRecorder;
import io.sightline.ui.member.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Three filter chains, read top to bottom: the stateless JWT API, the public endpoints (pixel, keys, health, API docs), and
 * the Vaadin UI with form login and a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http, ApiTokens tokens, ProblemAuthenticationHandlers problems, MemberActivityFilter activity)
            throws Exception {
        return http.securityMatcher("/api/**", "/actuator/metrics", "/actuator/metrics/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/signup", "/api/v1/auth/token")
                                .permitAll()
                                .requestMatchers(HttpMethod.POST, "/api/v1/invitations/*/accept")
                                .permitAll()
                                .requestMatchers("/api/v1/admin/**")
                                .hasRole(Roles.ADMIN)
                                .requestMatchers("/api/v1/operator/**", "/actuator/metrics", "/actuator/metrics/**")
                                .hasRole(Roles.OPERATOR)
                                .anyRequest()
                                .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(tokens.resolver())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(activity, BearerTokenAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/t/**",
                        "/.well-known/**",
                        "/actuator/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/problems/**",
                        "/bench/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(withDefaults())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(
            HttpSecurity http,
            LoginThrottle throttle,
            ClientAddress clientAddress,
            AccountStatusCheck accountStatus,
            MemberActivityFilter activity)
            throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        http.addFilterBefore(
                new SignInGuardFilter(throttle, clientAddress), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new SessionAccountFilter(accountStatus), SecurityContextHolderFilter.class);
        http.addFilterAfter(activity, AnonymousAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    @Bean
    MemberActivityFilter memberActivityFilter(MemberNetworkRecorder networks, ClientAddress clientAddress) {
        return new MemberActivityFilter(networks, clientAddress);
    }

    /** Registered in the chains above only, not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<MemberActivityFilter> memberActivityFilterRegistration(MemberActivityFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** One password check for the login page and the token endpoint, so both share rules, events and the throttle. */
    @Bean
    AuthenticationManager authenticationManager(
            AccountDetailsService accounts, PasswordEncoder passwords, AuthenticationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
