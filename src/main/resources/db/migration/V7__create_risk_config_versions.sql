-- Every version of the risk weights the department has used: a score states the version that produced it.
CREATE TABLE risk_config (
    version   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256    char(64)    NOT NULL UNIQUE,
    content   text        NOT NULL,
    source    text        NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER risk_config_append_only BEFORE UPDATE OR DELETE ON risk_config
    FOR EACH ROW EXECUTE FUNCTION forbid_rewrite();
