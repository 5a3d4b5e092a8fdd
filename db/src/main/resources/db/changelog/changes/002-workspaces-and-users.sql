--liquibase formatted sql

--changeset sightline:002-workspace splitStatements:false
CREATE TABLE workspace (
    id              uuid        PRIMARY KEY,
    slug            text        NOT NULL,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    plan            text        NOT NULL DEFAULT 'BASIC' CHECK (plan IN ('BASIC', 'PROFESSIONAL', 'BUSINESS')),
    plan_changed_at timestamptz NOT NULL DEFAULT now(),
    status          text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT workspace_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$'),
    CONSTRAINT workspace_slug_key UNIQUE (slug)
);
SELECT sightline_protect_tenant_table('workspace', 'id');
GRANT SELECT, INSERT, UPDATE ON workspace TO sightline_app;

--changeset sightline:002-app-user splitStatements:false
CREATE TABLE app_user (
    workspace_id          uuid        NOT NULL REFERENCES workspace (id),
    id                    uuid        NOT NULL,
    email                 text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    name                  text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    password_hash         text        NOT NULL,
    role                  text        NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
    owner                 boolean     NOT NULL DEFAULT false,
    status                text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
    track_by_default      boolean     NOT NULL DEFAULT true,
    notifications_enabled boolean     NOT NULL DEFAULT true,
    created_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, id),
    CONSTRAINT app_user_owner_is_active_admin CHECK (NOT owner OR (role = 'ADMIN' AND status = 'ACTIVE'))
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (workspace_id, email);
CREATE UNIQUE INDEX app_user_one_owner ON app_user (workspace_id) WHERE owner;
SELECT sightline_protect_tenant_table('app_user', 'workspace_id');
GRANT SELECT, INSERT, UPDATE ON app_user TO sightline_app;

--changeset sightline:002-user-email splitStatements:false
--comment: Sign-in is by email alone, so an email belongs to one account across all workspaces. This directory keeps that
--comment: rule in one small table that a distributed (Citus) deployment keeps as a reference table.
CREATE TABLE user_email (
    email        text PRIMARY KEY CHECK (email = lower(email)),
    workspace_id uuid NOT NULL,
    user_id      uuid NOT NULL
);
SELECT sightline_protect_tenant_table('user_email', 'workspace_id');
GRANT SELECT, INSERT, UPDATE, DELETE ON user_email TO sightline_app;

--changeset sightline:002-sign-in-functions splitStatements:false
--comment: Before anyone is signed in there is no actor: these narrow SECURITY DEFINER functions answer exactly what
--comment: sign-in and sign-up need, and nothing else crosses tenants.
CREATE FUNCTION sightline_login_account(p_email text)
    RETURNS TABLE (user_id uuid, workspace_id uuid, password_hash text, role text, owner boolean,
                   user_status text, workspace_status text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT u.id, u.workspace_id, u.password_hash, u.role, u.owner, u.status, w.status
    FROM user_email e
    JOIN app_user u ON u.workspace_id = e.workspace_id AND u.id = e.user_id
    JOIN workspace w ON w.id = u.workspace_id
    WHERE e.email = lower(p_email)
$$;

CREATE FUNCTION sightline_email_taken(p_email text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM user_email WHERE email = lower(p_email)) $$;

CREATE FUNCTION sightline_slug_taken(p_slug text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM workspace WHERE slug = p_slug) $$;

REVOKE ALL ON FUNCTION sightline_login_account(text), sightline_email_taken(text), sightline_slug_taken(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sightline_login_account(text), sightline_email_taken(text), sightline_slug_taken(text)
    TO sightline_app;

--changeset sightline:002-signing-key splitStatements:false
--comment: The RS256 key the app signs its access tokens with: generated on first start, shared by every app node.
CREATE TABLE signing_key (
    kid         text        PRIMARY KEY,
    private_key bytea       NOT NULL,
    public_key  bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT ON signing_key TO sightline_app;
