-- Which reference and demo data sets are in this database, so that a restart loads nothing twice.
CREATE TABLE dataset_load (
    name      text PRIMARY KEY,
    detail    text        NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
