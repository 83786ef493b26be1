CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary); indexes need IMMUTABLE, so pin the dictionary.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The key Vietnamese names are searched by: composed (NFC) whatever the input form, accents and đ removed, lower case.
CREATE FUNCTION search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(immutable_unaccent(normalize($1, NFC))) $$;

-- Append-only tables raise on UPDATE, DELETE and TRUNCATE.
CREATE FUNCTION forbid_rewrite() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001'; END $$;
