package io.sightline.app.security;

import io.sightline.app.base.SightlineProperties;
import io.sightline.db.base.RateLimitedException;
import io.sightline.db.member.Emails;
import io.sightline.db.ratelimit.RateCounters;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing and sign-up floods (API.md "Rate limits"): after too many failed sign-ins an account, or an
 * address, is locked until its window passes, even for the right password; and one address may sign up only so many
 * workspaces an hour. The counters are PostgreSQL's, so the limits hold across all app nodes together.
 */
@Component
public class LoginThrottle {

    private final SightlineProperties.Security limits;
    private final WindowCounter accountFailures;
    private final WindowCounter addressFailures;
    private final WindowCounter signups;

    private static final Duration SIGNUP_WINDOW = Duration.ofHours(1);

    private final RateCounters counters;

    public LoginThrottle(SightlineProperties properties, RateCounters counters) {
        this.limits = properties.security();
        this.counters = counters;
        this.accountFailures = new WindowCounter(counters, "sign-in-failures-per-account", limits.failureWindow());
        this.addressFailures = new WindowCounter(counters, "sign-in-failures-per-address", limits.failureWindow());
        this.signups = new WindowCounter(counters, "sign-ups-per-address", SIGNUP_WINDOW);
    }

    /** Forgets counters whose window has passed, so the table holds only live ones. */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void removeExpired() {
        var longest = limits.failureWindow().compareTo(SIGNUP_WINDOW) > 0 ? limits.failureWindow() : SIGNUP_WINDOW;
        counters.removeExpired(longest);
    }

    public boolean accountLocked(String email) {
        return accountFailures.count(Emails.normalize(email)) >= limits.failuresPerAccount();
    }

    public void checkAddress(String address) {
        if (addressFailures.count(address) >= limits.failuresPerAddress()) {
            throw tooManyFailures();
        }
    }

    public void failed(String email, String address) {
        accountFailures.increment(Emails.normalize(email));
        if (address != null) {
            addressFailures.increment(address);
        }
    }

    public void succeeded(String email) {
        accountFailures.reset(Emails.normalize(email));
    }

    public void signUpAttempt(String address) {
        if (signups.increment(address) > limits.signupsPerAddressPerHour()) {
            throw new RateLimitedException("Too many sign-ups from your network. Try again in an hour.");
        }
    }

    public static RateLimitedException tooManyFailures() {
        return new RateLimitedException("Too many failed sign-in attempts. Wait 15 minutes and try again.");
    }
}
