-- The service connects as its own role (${app_role}), not as the owner of the tables that Flyway uses. It may read
-- and write the data, but the evidence tables are append-only by grant as well as by trigger: it has no UPDATE,
-- DELETE or TRUNCATE on them, and, not owning them, it cannot disable their triggers either.
-- Where one role does both (a database set up by hand with one user), the grants change nothing and the service
-- says so at start-up (see the audit verify endpoint's applicationRoleCanRewrite).
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE NOTICE 'application role % is the owner or does not exist: no grants', app;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, site_status_event, risk_config, flyway_schema_history FROM %I', app);
    EXECUTE format('REVOKE INSERT ON flyway_schema_history FROM %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
END $$;
