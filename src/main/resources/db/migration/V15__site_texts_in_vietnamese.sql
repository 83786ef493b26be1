-- The texts the data files carry in two languages: the Vietnamese one next to the existing column (which keeps the
-- text as the data gave it, in English for the documented sites). The page shows the one of the user's language.
ALTER TABLE site
    ADD COLUMN location_precision_vi text,
    ADD COLUMN note_vi               text,
    ADD COLUMN source_vi             text;
