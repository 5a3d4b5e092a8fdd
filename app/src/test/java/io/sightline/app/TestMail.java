package io.sightline.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real SMTP server (GreenMail) for the whole test JVM on a free port, handed to every {@link AppTest} context as
 * {@code spring.mail.host/port}: the initializer is the same class for all, so they still share one running app.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/invitations/[A-Za-z0-9_-]{43}");
    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var smtp = server().getSmtp().getServerSetup();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-mail",
                        Map.of("spring.mail.host", smtp.getBindAddress(), "spring.mail.port", smtp.getPort())));
    }

    /** Waits up to 30 s for a mail to this address and returns the newest one. */
    public static MimeMessage awaitMailTo(String address) {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var found = mailsTo(address);
            if (!found.isEmpty()) {
                return found.getLast();
            }
            sleep();
        }
        throw new AssertionError("No mail to " + address + " arrived within 30 s");
    }

    public static List<MimeMessage> mailsTo(String address) {
        var found = new ArrayList<MimeMessage>();
        for (var message : server().getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getAllRecipients())
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
                    found.add(message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** The accept link in the plain-text part of a mail. */
    public static String linkIn(MimeMessage message) {
        var matcher = LINK.matcher(part(message, "text/plain"));
        if (!matcher.find()) {
            throw new AssertionError("No invitation link in: " + part(message, "text/plain"));
        }
        return matcher.group();
    }

    /** The text of the first part of the given type, searched through nested multiparts. */
    public static String part(MimeMessage message, String type) {
        try {
            if (message.isMimeType(type)) {
                return String.valueOf(message.getContent());
            }
            return find(message.getContent(), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return String.valueOf(part.getContent());
                }
                var nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
