package io.sightline.ui.help;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The troubleshooting guide: why an open may not show, what the colours and labels mean, and how to quiet things. */
@Route("help/tracking")
@PageTitle("Tracking help · Sightline")
@PermitAll
public class TrackingHelpView extends Main {

    public TrackingHelpView() {
        addClassNames("page", "help-page");
        setId("tracking-help");
        add(
                new H2("Tracking help"),
                new Paragraph("Sightline tracks an email with an invisible 1×1 image. When the recipient's mail"
                        + " program shows the images in your email, it fetches that image from us, and we record"
                        + " the open. Everything below follows from that."),
                section(
                        "An open didn't register. Why?",
                        items(
                                "Images are blocked or not expanded. Many mail programs hide images until the reader"
                                        + " asks for them (“Display images below” in Gmail). No image, no open.",
                                "An ad or tracker blocker is running — in your mailbox or in the recipient's. Either"
                                        + " one can stop the image from loading or the tracking box from working.",
                                "The email wasn't sent through a tracked client: sent from a phone app, or from an"
                                        + " address that isn't your Sightline account, it carries no pixel.",
                                "The “track this email” box was unticked. Make it the default under Email settings.",
                                "Your workspace's plan has no tracking. Tracking comes with Professional and"
                                        + " Business; on Basic (or while a workspace is suspended) no opens are"
                                        + " recorded, though older history stays readable.",
                                "It was opened by a machine, not a person (see below): such fetches are listed in the"
                                        + " email's history but don't count.")),
                section("What do the colours mean?", legend()),
                section(
                        "What does “You (or someone nearby)” mean?",
                        new Paragraph("The image was fetched from a network that someone in your workspace has used"
                                + " Sightline from in the last 30 days. It counts as a view, but it may not be your"
                                + " recipient. It could be:"),
                        items(
                                "a coworker, on their computer or their phone;",
                                "the recipient on their phone, connected to the same network as your office;",
                                "someone using a non-Gmail address on the same network;",
                                "you yourself, on another computer or on your phone.")),
                section(
                        "Proxies, prefetches and scanners",
                        items(
                                "Gmail's image proxy: Gmail fetches images through Google's servers when a reader"
                                        + " opens the email. It's a real person reading, so it counts as a view,"
                                        + " labelled “Gmail reader”.",
                                "Apple Mail privacy prefetch: Apple Mail's Privacy Protection loads every image in"
                                        + " advance, read or not. We keep it in the email's history as a machine"
                                        + " fetch, never count it as a view and never notify you of it.",
                                "Security scanners and bots: mail gateways, link checkers and scripts that open the"
                                        + " image to inspect the email. Also kept in the history, never counted,"
                                        + " never notified.")),
                section(
                        "Who can see whether my email was opened?",
                        new Paragraph("Only you, the sender. Workspace admins see their own tracked emails like"
                                + " anyone else, but never the tracker status of another user's emails, and Sightline"
                                + " staff can't browse them either.")),
                section(
                        "How do I stop the notifications?",
                        items(
                                "For one email: open it in My Tracked Emails and choose “Mute notifications” (or use"
                                        + " Mute on its row). Its dot turns gray; its views are still counted.",
                                "For all emails: switch off “Email tracking notifications” in Email settings.")),
                links());
    }

    private static Div section(String title, Component... content) {
        var section = new Div(new H3(title));
        section.add(content);
        section.addClassName("help-section");
        return section;
    }

    private static UnorderedList items(String... texts) {
        var list = new UnorderedList();
        for (var text : texts) {
            list.add(new ListItem(text));
        }
        return list;
    }

    private static UnorderedList legend() {
        return new UnorderedList(
                dot("opened", "Green: opened. The number next to it goes up with every view."),
                dot("unopened", "Blue: tracked, not opened yet."),
                dot("muted", "Gray: muted. You turned its notifications off; views are still recorded."));
    }

    private static ListItem dot(String status, String text) {
        var dot = new Span();
        dot.addClassNames("status-dot", "status-" + status);
        return new ListItem(dot, new Span(" " + text));
    }

    private static Paragraph links() {
        var links = new Paragraph();
        links.add(new Anchor("tracked-emails", "Back to My Tracked Emails"), new Span(" · "));
        links.add(new Anchor("settings/email", "Email settings"));
        return links;
    }
}
