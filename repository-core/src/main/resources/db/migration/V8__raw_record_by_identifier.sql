-- A harvested page looks its records up by OAI identifier, 500 at a time. Through the unique key
-- (source_code, oai_identifier, metadata_prefix) H2 matches only the source and then scans every record
-- of it against the list (12 ms a page at 50,000 records, growing with the source); an index that starts
-- with the identifier is looked up once per value (under 1 ms).
create index raw_record_by_identifier on raw_record (oai_identifier);
