-- What the incident-log reader found in a document (records | empty_log |
-- no_records_recognised | not_read) and why; the end of an occurred range and the record's
-- own lines beside its fields; incidents with their document's city and request.
ALTER TABLE documents ADD COLUMN records_status TEXT;
ALTER TABLE documents ADD COLUMN records_reason TEXT;
ALTER TABLE incidents ADD COLUMN occurred_to TEXT;
ALTER TABLE incidents ADD COLUMN raw TEXT;
CREATE INDEX incidents_reported ON incidents(reported_at);
CREATE VIEW incident_rows AS
    SELECT i.id, d.city_slug, d.request_id, i.document_id, d.filename, i.page_number, i.record_no, i.case_no,
           i.type, i.reported_at, i.occurred_at, i.occurred_to, i.location, i.disposition, i.summary,
           i.fields_json, i.raw
    FROM incidents i JOIN documents d ON d.id = i.document_id;
