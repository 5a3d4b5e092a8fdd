package io.sightline.app.invitation;

import io.sightline.app.base.SightlineProperties;
import io.sightline.db.invitation.InvitationSent;
import io.sightline.ui.base.InvitationLinks;
import jakarta.mail.MessagingException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * Mails each invitation, once it is committed, as plain text and HTML with the accept link, when SMTP is configured
 * ({@code SPRING_MAIL_HOST}). Without SMTP the admin copies the link from the answer or the page, and the link is logged
 * for whoever runs the server (only the link: the stored hash never leaves the database).
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final ObjectProvider<JavaMailSender> sender;
    private final InvitationLinks links;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> sender, InvitationLinks links, SightlineProperties properties) {
        this.sender = sender;
        this.links = links;
        this.from = properties.mail().from();
    }

    @TransactionalEventListener
    void send(InvitationSent invitation) {
        var mail = sender.getIfAvailable();
        if (mail == null) {
            log.info(
                    "No SMTP configured: the invitation of {} to {} is to be handed over as {}",
                    invitation.email(),
                    invitation.workspaceName(),
                    links.acceptUrl(invitation.token()));
            return;
        }
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(invitation.email());
            helper.setSubject(
                    invitation.invitedBy() + " invited you to " + invitation.workspaceName() + " on Sightline");
            var link = links.acceptUrl(invitation.token());
            helper.setText(text(invitation, link), html(invitation, link));
            mail.send(message);
            log.info("Invitation mailed to {}", invitation.email());
        } catch (MessagingException | MailException e) {
            log.warn("Could not mail the invitation to {}: {}", invitation.email(), e.getMessage());
        }
    }

    private static String text(InvitationSent invitation, String link) {
        return """
                Hello,

                %s invited you to join %s on Sightline as %s.

                Open this link to choose your name and password:
                %s

                The link works once, until %s. If you weren't expecting it, ignore this mail.
                """.formatted(
                        invitation.invitedBy(),
                        invitation.workspaceName(),
                        role(invitation),
                        link,
                        DAY.format(invitation.expiresAt()));
    }

    private static String html(InvitationSent invitation, String link) {
        var href = HtmlUtils.htmlEscape(link);
        return """
                <!doctype html>
                <html><body style="font-family: sans-serif; line-height: 1.5">
                <p>Hello,</p>
                <p>%s invited you to join <strong>%s</strong> on Sightline as %s.</p>
                <p><a href="%s" style="display: inline-block; padding: 0.6em 1.2em; background: #1676f3; color: #fff;
                   border-radius: 6px; text-decoration: none">Accept the invitation</a></p>
                <p>Or paste this link into your browser: <br>%s</p>
                <p style="color: #666">The link works once, until %s. If you weren't expecting it, ignore this mail.</p>
                </body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(invitation.invitedBy()),
                        HtmlUtils.htmlEscape(invitation.workspaceName()),
                        role(invitation),
                        href,
                        href,
                        DAY.format(invitation.expiresAt()));
    }

    private static String role(InvitationSent invitation) {
        return switch (invitation.role()) {
            case ADMIN -> "an admin";
            case MEMBER -> "a member";
        };
    }
}
