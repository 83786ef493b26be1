-- Photos received as evidence (observations, commitments, tips): one row per distinct content, named by the SHA-256
-- of the bytes as they were received. The stored copy (re-encoded without EXIF) and its thumbnail live in the photo
-- store (the file system under the data directory first), not in the database. Rows are never updated or deleted.
CREATE TABLE photo (
    sha256       char(64)    PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type   varchar(20) NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    width        integer     NOT NULL CHECK (width > 0),
    height       integer     NOT NULL CHECK (height > 0),
    bytes        bigint      NOT NULL CHECK (bytes > 0),
    -- where the camera said it was (EXIF GPS), kept as a field: the stored copy carries no EXIF
    exif_geom    geometry(Point, 4326) CHECK (exif_geom IS NULL OR ST_IsValid(exif_geom)),
    exif_taken_at text,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER photo_append_only BEFORE UPDATE OR DELETE ON photo
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
CREATE TRIGGER photo_no_truncate BEFORE TRUNCATE ON photo
    FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewrite();

-- As V11: the service may add photos but not rewrite them.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON photo FROM %I', app);
END $$;
