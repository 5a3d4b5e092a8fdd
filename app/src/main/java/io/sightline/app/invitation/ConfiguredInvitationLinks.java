package io.sightline.app.invitation;

import io.sightline.app.base.SightlineProperties;
import io.sightline.ui.base.InvitationLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Accept links start with {@code SIGHTLINE_PUBLIC_BASE_URL}; invitations are mailed when Boot made a mail sender. */
@Component
class ConfiguredInvitationLinks implements InvitationLinks {

    private final String base;
    private final ObjectProvider<JavaMailSender> sender;

    ConfiguredInvitationLinks(SightlineProperties properties, ObjectProvider<JavaMailSender> sender) {
        this.base = properties.baseUrl();
        this.sender = sender;
    }

    @Override
    public String acceptUrl(String token) {
        return base + "/invitations/" + token;
    }

    @Override
    public boolean mailed() {
        return sender.getIfAvailable() != null;
    }
}
