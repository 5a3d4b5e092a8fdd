package io.sightline.app;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.sightline.app.security.SigningKeyAccess;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app on a random port with its embedded PostgreSQL in a fresh data directory and a real SMTP server
 * ({@link TestMail}). Every test class uses the same configuration, so they share one running app.
 */
@Target(TYPE)
@Retention(RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({SigningKeyAccess.class, DatabaseBackdoor.class})
@ContextConfiguration(initializers = TestMail.class)
public @interface AppTest {}
