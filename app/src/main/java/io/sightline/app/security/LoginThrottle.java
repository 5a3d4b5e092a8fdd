package io.sightline.app.security;

import io.sightline.app.base.SightlineProperties;
import io.sightline.db.base.RateLimitedException;
import io.sightline.db.member.Emails;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing and sign-up floods (API.md "Rate limits"): after too many failed sign-ins an account, or an
 * address, is locked until its window passes, even for the right password; and one address may sign up only so many
 * workspaces an hour. Counters live in this node's memory, so the limits hold per node.
 */
@Component
public class LoginThrottle {

    private final SightlineProperties.Security limits;
    private final WindowCounter accountFailures;
    private final WindowCounter addressFailures;
    private final WindowCounter signups;

    public LoginThrottle(SightlineProperties properties) {
        this.limits = properties.security();
        this.accountFailures = new WindowCounter(limits.failureWindow());
        this.addressFailures = new WindowCounter(limits.failureWindow());
        this.signups = new WindowCounter(Duration.ofHours(1));
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
