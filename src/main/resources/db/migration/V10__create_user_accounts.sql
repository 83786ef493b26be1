-- The people who sign in, their role and, for a commune's staff, the communes (2025 codes) they may see.
CREATE TABLE app_user (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name    text        NOT NULL CHECK (length(btrim(display_name)) > 0),
    -- delegating encoder format ({bcrypt}…); null for an account that signs in only through OpenID Connect
    password_hash   text,
    role            varchar(10) NOT NULL CHECK (role IN ('ENV_DEPT', 'POLICE', 'COMMUNE', 'VIEWER', 'ADMIN')),
    communes        varchar(5)[] NOT NULL DEFAULT '{}'
                        CHECK (array_position(communes, NULL) IS NULL
                               AND (role = 'COMMUNE') = (cardinality(communes) > 0)),
    enabled         boolean     NOT NULL DEFAULT true,
    failed_attempts integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    timestamptz,
    demo            boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0
);
