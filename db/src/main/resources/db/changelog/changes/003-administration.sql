--liquibase formatted sql

--changeset sightline:003-operator-setting splitStatements:false
--comment: A platform operator acts with sightline.operator_id set (and no workspace). Only the policies below read it, and
--comment: none of them is on a tracking table: operators never see tracked emails, opens or notifications.
CREATE FUNCTION sightline_operator() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('sightline.operator_id', true), '')::uuid $$;

--changeset sightline:003-operator splitStatements:false
--comment: Platform staff: not tenant data, so not distributed; an operator sees its own row only.
CREATE TABLE operator (
    id            uuid        PRIMARY KEY,
    email         text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT operator_email_key UNIQUE (email)
);
ALTER TABLE operator ENABLE ROW LEVEL SECURITY;
ALTER TABLE operator FORCE ROW LEVEL SECURITY;
CREATE POLICY operator_self ON operator TO sightline_app USING (id = sightline_operator());
CREATE POLICY schema_owner ON operator TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON operator TO sightline_app;

--changeset sightline:003-operator-functions splitStatements:false
--comment: Sign-in and the start-up bootstrap run before anyone acts: these narrow functions do exactly that. An email is
--comment: either a workspace user's or an operator's, never both.
CREATE FUNCTION sightline_login_operator(p_email text)
    RETURNS TABLE (operator_id uuid, password_hash text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT id, password_hash FROM operator WHERE email = lower(p_email) $$;

CREATE FUNCTION sightline_operator_exists(p_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM operator WHERE id = p_id) $$;

CREATE FUNCTION sightline_bootstrap_operator(p_email text, p_password_hash text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    result uuid;
BEGIN
    IF EXISTS (SELECT 1 FROM user_email WHERE email = lower(p_email)) THEN
        RAISE EXCEPTION 'operator email % belongs to a workspace user', lower(p_email)
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'operator_email_is_a_user';
    END IF;
    INSERT INTO operator (id, email, password_hash)
    VALUES (gen_random_uuid(), lower(p_email), p_password_hash)
    ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash
    RETURNING id INTO result;
    RETURN result;
END
$$;

CREATE OR REPLACE FUNCTION sightline_email_taken(p_email text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT EXISTS (SELECT 1 FROM user_email WHERE email = lower(p_email))
        OR EXISTS (SELECT 1 FROM operator WHERE email = lower(p_email))
$$;

REVOKE ALL ON FUNCTION sightline_login_operator(text), sightline_operator_exists(uuid),
    sightline_bootstrap_operator(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sightline_login_operator(text), sightline_operator_exists(uuid),
    sightline_bootstrap_operator(text, text) TO sightline_app;

--changeset sightline:003-operator-policies splitStatements:false
--comment: What an operator may touch in tenant tables: every workspace (list, suspend, change plan) and a read of users
--comment: (to count them). Permissive policies add to tenant_isolation; without the operator setting they match nothing.
CREATE POLICY operator_access ON workspace TO sightline_app
    USING (sightline_operator() IS NOT NULL) WITH CHECK (sightline_operator() IS NOT NULL);
CREATE POLICY operator_read ON app_user FOR SELECT TO sightline_app USING (sightline_operator() IS NOT NULL);

--changeset sightline:003-invitation splitStatements:false
--comment: Only a SHA-256 hash of the token is kept: a leaked table can't be turned into working links.
CREATE TABLE invitation (
    workspace_id uuid        NOT NULL REFERENCES workspace (id),
    id           uuid        NOT NULL,
    email        text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    role         text        NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
    token_hash   bytea       NOT NULL CHECK (length(token_hash) = 32),
    invited_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    accepted_at  timestamptz,
    accepted_by  uuid,
    revoked_at   timestamptz,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, invited_by) REFERENCES app_user (workspace_id, id),
    FOREIGN KEY (workspace_id, accepted_by) REFERENCES app_user (workspace_id, id),
    CONSTRAINT invitation_used_once CHECK (accepted_at IS NULL OR revoked_at IS NULL)
);
CREATE INDEX invitation_token_hash ON invitation (token_hash);
CREATE INDEX invitation_pending ON invitation (workspace_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL;
SELECT sightline_protect_tenant_table('invitation', 'workspace_id');
GRANT SELECT, INSERT, UPDATE ON invitation TO sightline_app;

--changeset sightline:003-invitation-lookup splitStatements:false
--comment: The accept page has a token and no actor yet: this finds the workspace a still-valid token belongs to, nothing more.
CREATE FUNCTION sightline_invitation_workspace(p_token_hash bytea) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT workspace_id FROM invitation
    WHERE token_hash = p_token_hash AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
    LIMIT 1
$$;
REVOKE ALL ON FUNCTION sightline_invitation_workspace(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sightline_invitation_workspace(bytea) TO sightline_app;

--changeset sightline:003-audit-event splitStatements:false
--comment: Append-only: the app may insert and read, never change or delete. Labels are copied at write time so the trail
--comment: still reads right after people are renamed.
CREATE TABLE audit_event (
    workspace_id uuid        NOT NULL REFERENCES workspace (id),
    id           bigint      GENERATED ALWAYS AS IDENTITY,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_kind   text        NOT NULL CHECK (actor_kind IN ('USER', 'OPERATOR')),
    actor_id     uuid        NOT NULL,
    actor_label  text        NOT NULL,
    action       text        NOT NULL,
    target_id    uuid,
    target_label text,
    details      jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX audit_event_newest ON audit_event (workspace_id, id DESC);
SELECT sightline_protect_tenant_table('audit_event', 'workspace_id');
CREATE POLICY operator_append ON audit_event FOR INSERT TO sightline_app WITH CHECK (sightline_operator() IS NOT NULL);
GRANT SELECT, INSERT ON audit_event TO sightline_app;
GRANT USAGE ON SEQUENCE audit_event_id_seq TO sightline_app;
