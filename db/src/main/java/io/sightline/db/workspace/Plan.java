package io.sightline.db.workspace;

/** What a workspace pays for. Email tracking comes with Professional and Business. */
public enum Plan {
    BASIC("Basic", false),
    PROFESSIONAL("Professional", true),
    BUSINESS("Business", true);

    private final String label;
    private final boolean trackingEnabled;

    Plan(String label, boolean trackingEnabled) {
        this.label = label;
        this.trackingEnabled = trackingEnabled;
    }

    public String label() {
        return label;
    }

    public boolean trackingEnabled() {
        return trackingEnabled;
    }
}
