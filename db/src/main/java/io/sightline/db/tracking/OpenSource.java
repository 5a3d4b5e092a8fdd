package io.sightline.db.tracking;

/**
 * Who (roughly) fetched a tracking pixel. The first three are people reading the email and count as opens; the last two
 * are machines fetching it on nobody's behalf: kept in the history, never counted, never notified. How a request gets its
 * label is documented in the app's OpenClassifier and in docs/tracking.md.
 */
public enum OpenSource {
    /** A person reading the email. */
    RECIPIENT("Recipient", true),
    /** Gmail's image proxy, which fetches images when a Gmail reader opens the email. */
    GMAIL_PROXY("Gmail reader (via Google's image proxy)", true),
    /** From a network a member of the workspace used recently: a coworker, the sender, or someone on the same network. */
    YOU_OR_SOMEONE_NEARBY("You (or someone nearby)", true),
    /** Apple Mail Privacy Protection loads every image in advance, whether or not anyone reads the email. */
    APPLE_PRIVACY_PROXY("Apple Mail privacy prefetch", false),
    /** Mail gateways, link scanners, crawlers, scripts: machines inspecting the email. */
    SECURITY_SCANNER("Security scanner or bot", false);

    private final String label;
    private final boolean countsAsOpen;

    OpenSource(String label, boolean countsAsOpen) {
        this.label = label;
        this.countsAsOpen = countsAsOpen;
    }

    public String label() {
        return label;
    }

    public boolean countsAsOpen() {
        return countsAsOpen;
    }
}
