--liquibase formatted sql

--changeset sightline:001-roles splitStatements:false
--comment: The running app connects as sightline_app: neither owner nor superuser, so forced row-level security applies.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sightline_app') THEN
        CREATE ROLE sightline_app NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO sightline_app;

--changeset sightline:001-actor-functions splitStatements:false
--comment: The actor travels in transaction-local settings (set_config(..., true)); an unset actor matches nothing.
CREATE FUNCTION sightline_workspace() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('sightline.workspace_id', true), '')::uuid $$;

CREATE FUNCTION sightline_user() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('sightline.user_id', true), '')::uuid $$;

-- Forces row-level security on a tenant table: the app role sees rows of the acting workspace only. The migrating
-- role (the owner) keeps full access through its own policy, so SECURITY DEFINER functions it owns keep working.
CREATE FUNCTION sightline_protect_tenant_table(tbl regclass, tenant_column text) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s TO sightline_app USING (%I = sightline_workspace()) '
                   'WITH CHECK (%I = sightline_workspace())', tbl, tenant_column, tenant_column);
    EXECUTE format('CREATE POLICY schema_owner ON %s TO %I USING (true) WITH CHECK (true)', tbl, current_user);
END
$$;
