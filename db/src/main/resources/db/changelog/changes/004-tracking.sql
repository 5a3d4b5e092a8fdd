--liquibase formatted sql

--changeset sightline:004-pixel-role splitStatements:false
--comment: The pixel ingest path connects as sightline_pixel: it can find a tracked email by its token hash, read the
--comment: workspace's entitlement and networks, append opens and bump counters. It can read no subject, no recipient.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sightline_pixel') THEN
        CREATE ROLE sightline_pixel NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO sightline_pixel;

--changeset sightline:004-owner-policy-function splitStatements:false
--comment: The owner's own policy for tables whose app policies are written by hand (keyed on the sender).
CREATE FUNCTION sightline_owner_policy(tbl regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('CREATE POLICY schema_owner ON %s TO %I USING (true) WITH CHECK (true)', tbl, current_user);
END
$$;

--changeset sightline:004-tracked-email splitStatements:false
-- array_to_string is only STABLE in general, but for text[] it cannot vary: safe to declare the wrapper IMMUTABLE.
CREATE FUNCTION sightline_search_text(subject text, recipients text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT lower(subject || ' ' || array_to_string(recipients, ' ')) $$;

CREATE TABLE tracked_email (
    workspace_id        uuid        NOT NULL,
    id                  uuid        NOT NULL,
    sender_id           uuid        NOT NULL,
    subject             text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    recipients          text[]      NOT NULL CHECK (cardinality(recipients) BETWEEN 1 AND 50),
    message_id          text        CHECK (length(message_id) <= 998),
    test                boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    muted               boolean     NOT NULL DEFAULT false,
    open_count          integer     NOT NULL DEFAULT 0,
    machine_fetch_count integer     NOT NULL DEFAULT 0,
    last_opened_at      timestamptz,
    last_open_source    text,
    search_text         text        GENERATED ALWAYS AS (sightline_search_text(subject, recipients)) STORED,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, sender_id) REFERENCES app_user (workspace_id, id)
);
-- "My Tracked Emails" pages by keyset, newest first, per sender.
CREATE INDEX tracked_email_sender_newest ON tracked_email (workspace_id, sender_id, created_at DESC, id DESC);

ALTER TABLE tracked_email ENABLE ROW LEVEL SECURITY;
ALTER TABLE tracked_email FORCE ROW LEVEL SECURITY;
-- A tracked email belongs to its sender alone: not to the workspace's admins, not to the operator.
CREATE POLICY sender_only ON tracked_email TO sightline_app
    USING (workspace_id = sightline_workspace() AND sender_id = sightline_user())
    WITH CHECK (workspace_id = sightline_workspace() AND sender_id = sightline_user());
CREATE POLICY pixel_counters ON tracked_email FOR SELECT TO sightline_pixel USING (true);
CREATE POLICY pixel_counters_update ON tracked_email FOR UPDATE TO sightline_pixel USING (true) WITH CHECK (true);
SELECT sightline_owner_policy('tracked_email');
GRANT SELECT, INSERT, UPDATE ON tracked_email TO sightline_app;
GRANT SELECT (workspace_id, id, sender_id, created_at, muted, open_count, machine_fetch_count, last_opened_at,
              last_open_source) ON tracked_email TO sightline_pixel;
GRANT UPDATE (open_count, machine_fetch_count, last_opened_at, last_open_source) ON tracked_email TO sightline_pixel;

--changeset sightline:004-pixel-token splitStatements:false
--comment: Token hash to tracked email, across workspaces: only the SHA-256 of the token is stored. Kept apart from
--comment: tracked_email so that a distributed (Citus) deployment keeps it as a reference table.
CREATE TABLE pixel_token (
    token_hash       bytea       PRIMARY KEY CHECK (length(token_hash) = 32),
    workspace_id     uuid        NOT NULL,
    tracked_email_id uuid        NOT NULL,
    sender_id        uuid        NOT NULL,
    created_at       timestamptz NOT NULL
);
ALTER TABLE pixel_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE pixel_token FORCE ROW LEVEL SECURITY;
CREATE POLICY sender_only ON pixel_token TO sightline_app
    USING (workspace_id = sightline_workspace() AND sender_id = sightline_user())
    WITH CHECK (workspace_id = sightline_workspace() AND sender_id = sightline_user());
CREATE POLICY pixel_lookup ON pixel_token FOR SELECT TO sightline_pixel USING (true);
SELECT sightline_owner_policy('pixel_token');
GRANT SELECT, INSERT ON pixel_token TO sightline_app;
GRANT SELECT ON pixel_token TO sightline_pixel;

--changeset sightline:004-email-open splitStatements:false
--comment: One row per recorded pixel request. The id is minted when the request arrives, so replaying a journaled
--comment: batch inserts nothing twice. client_network is the truncated address (/24, /48), never the whole one.
CREATE TABLE email_open (
    workspace_id     uuid        NOT NULL,
    id               uuid        NOT NULL,
    tracked_email_id uuid        NOT NULL,
    sender_id        uuid        NOT NULL,
    opened_at        timestamptz NOT NULL,
    source           text        NOT NULL CHECK (source IN ('RECIPIENT', 'GMAIL_PROXY', 'YOU_OR_SOMEONE_NEARBY',
                                                            'APPLE_PRIVACY_PROXY', 'SECURITY_SCANNER')),
    counts_as_open   boolean     NOT NULL,
    client_network   text,
    user_agent       text        CHECK (length(user_agent) <= 512),
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, tracked_email_id) REFERENCES tracked_email (workspace_id, id)
);
CREATE INDEX email_open_email_newest ON email_open (workspace_id, tracked_email_id, opened_at DESC);

ALTER TABLE email_open ENABLE ROW LEVEL SECURITY;
ALTER TABLE email_open FORCE ROW LEVEL SECURITY;
CREATE POLICY sender_only ON email_open TO sightline_app
    USING (workspace_id = sightline_workspace() AND sender_id = sightline_user());
CREATE POLICY pixel_append ON email_open FOR INSERT TO sightline_pixel WITH CHECK (true);
-- The recording statement returns what it inserted (for notifications): the pixel role reads those columns only.
CREATE POLICY pixel_dedupe ON email_open FOR SELECT TO sightline_pixel USING (true);
SELECT sightline_owner_policy('email_open');
GRANT SELECT ON email_open TO sightline_app;
GRANT INSERT ON email_open TO sightline_pixel;
GRANT SELECT (workspace_id, id, tracked_email_id, sender_id, opened_at, source, counts_as_open) ON email_open
    TO sightline_pixel;

--changeset sightline:004-member-network splitStatements:false
--comment: Networks (/24, /48) from which members of a workspace used Sightline: an open from one of them is labelled
--comment: "You (or someone nearby)". Only truncated networks are stored.
CREATE TABLE member_network (
    workspace_id uuid        NOT NULL REFERENCES workspace (id),
    network      text        NOT NULL,
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, network)
);
SELECT sightline_protect_tenant_table('member_network', 'workspace_id');
CREATE POLICY pixel_read ON member_network FOR SELECT TO sightline_pixel USING (true);
GRANT SELECT, INSERT, UPDATE ON member_network TO sightline_app;
GRANT SELECT ON member_network TO sightline_pixel;

--changeset sightline:004-pixel-workspace splitStatements:false
--comment: The pixel path reads a workspace's plan and status, nothing else of it.
CREATE POLICY pixel_entitlement ON workspace FOR SELECT TO sightline_pixel USING (true);
GRANT SELECT (id, plan, status) ON workspace TO sightline_pixel;
