-- Commune histories list what was filed under each old commune before 1 July 2025.
CREATE INDEX inspection_filed_commune_idx ON inspection (filed_commune_code, inspected_on);
