--liquibase formatted sql

--changeset sightline:005-notification splitStatements:false
--comment: One row per counted open of a non-muted email whose sender had notifications on: the sender's alone to read.
--comment: open_id is unique, so an open never notifies twice; the subject is read from tracked_email, never copied.
CREATE TABLE notification (
    workspace_id     uuid        NOT NULL,
    id               uuid        NOT NULL,
    user_id          uuid        NOT NULL,
    tracked_email_id uuid        NOT NULL,
    open_id          uuid        NOT NULL,
    source           text        NOT NULL CHECK (source IN ('RECIPIENT', 'GMAIL_PROXY', 'YOU_OR_SOMEONE_NEARBY')),
    opened_at        timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    read_at          timestamptz,
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT notification_once_per_open UNIQUE (workspace_id, open_id),
    FOREIGN KEY (workspace_id, tracked_email_id) REFERENCES tracked_email (workspace_id, id),
    FOREIGN KEY (workspace_id, user_id) REFERENCES app_user (workspace_id, id)
);
-- The bell and the API page newest first per user; a reconnecting stream reads what came after an id.
CREATE INDEX notification_user_newest ON notification (workspace_id, user_id, created_at DESC, id DESC);
CREATE INDEX notification_user_unread ON notification (workspace_id, user_id) WHERE read_at IS NULL;

ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
-- A notification belongs to its recipient (the email's sender) alone: not to admins, not to the operator.
CREATE POLICY recipient_only ON notification TO sightline_app
    USING (workspace_id = sightline_workspace() AND user_id = sightline_user())
    WITH CHECK (workspace_id = sightline_workspace() AND user_id = sightline_user());
SELECT sightline_owner_policy('notification');
GRANT SELECT, INSERT, UPDATE (read_at) ON notification TO sightline_app;
