-- The photos of a tip, sent with it or with a later addition, named by the photo module's hash (the bytes as received).
-- Only those who may see the tip may read them (TipPhotoCitations); the public cannot, the reporter included. Rows are
-- never updated or deleted.
CREATE TABLE tip_photo (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tip_id       bigint      NOT NULL REFERENCES tip (id),
    addition_id  bigint      REFERENCES tip_addition (id),
    photo_sha256 char(64)    NOT NULL CHECK (photo_sha256 ~ '^[0-9a-f]{64}$'),
    added_at     timestamptz NOT NULL,
    UNIQUE (tip_id, photo_sha256)
);
CREATE INDEX tip_photo_sha_idx ON tip_photo (photo_sha256);
CREATE INDEX tip_photo_addition_idx ON tip_photo (addition_id);
CREATE TRIGGER tip_photo_append_only BEFORE UPDATE OR DELETE ON tip_photo
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER tip_photo_no_truncate BEFORE TRUNCATE ON tip_photo
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON tip_photo FROM %I', app);
END $$;
