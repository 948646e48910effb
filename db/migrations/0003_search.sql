-- Full-text search over letters (requests), communications and document pages.
-- External-content FTS5 tables named the way sqlite-utils and Datasette expect
-- (<table>_fts, content=<table>), kept current by triggers so other code just writes rows.
-- Update triggers fire only when an indexed column changes: requests and communications
-- are updated often (status, deadlines) and re-indexing them each time would be waste.

CREATE VIRTUAL TABLE requests_fts USING FTS5 (subject, body, tokenize='porter unicode61', content=[requests]);
CREATE TRIGGER requests_ai AFTER INSERT ON requests BEGIN
  INSERT INTO requests_fts (rowid, subject, body) VALUES (new.rowid, new.subject, new.body);
END;
CREATE TRIGGER requests_ad AFTER DELETE ON requests BEGIN
  INSERT INTO requests_fts (requests_fts, rowid, subject, body) VALUES ('delete', old.rowid, old.subject, old.body);
END;
CREATE TRIGGER requests_au AFTER UPDATE OF subject, body ON requests BEGIN
  INSERT INTO requests_fts (requests_fts, rowid, subject, body) VALUES ('delete', old.rowid, old.subject, old.body);
  INSERT INTO requests_fts (rowid, subject, body) VALUES (new.rowid, new.subject, new.body);
END;

CREATE VIRTUAL TABLE communications_fts USING FTS5 (subject, body, tokenize='porter unicode61', content=[communications]);
CREATE TRIGGER communications_ai AFTER INSERT ON communications BEGIN
  INSERT INTO communications_fts (rowid, subject, body) VALUES (new.rowid, new.subject, new.body);
END;
CREATE TRIGGER communications_ad AFTER DELETE ON communications BEGIN
  INSERT INTO communications_fts (communications_fts, rowid, subject, body) VALUES ('delete', old.rowid, old.subject, old.body);
END;
CREATE TRIGGER communications_au AFTER UPDATE OF subject, body ON communications BEGIN
  INSERT INTO communications_fts (communications_fts, rowid, subject, body) VALUES ('delete', old.rowid, old.subject, old.body);
  INSERT INTO communications_fts (rowid, subject, body) VALUES (new.rowid, new.subject, new.body);
END;

CREATE VIRTUAL TABLE document_pages_fts USING FTS5 (text, tokenize='porter unicode61', content=[document_pages]);
CREATE TRIGGER document_pages_ai AFTER INSERT ON document_pages BEGIN
  INSERT INTO document_pages_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER document_pages_ad AFTER DELETE ON document_pages BEGIN
  INSERT INTO document_pages_fts (document_pages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER document_pages_au AFTER UPDATE OF text ON document_pages BEGIN
  INSERT INTO document_pages_fts (document_pages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO document_pages_fts (rowid, text) VALUES (new.rowid, new.text);
END;

-- A subject match counts twice a body match.
INSERT INTO requests_fts (requests_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)');
INSERT INTO communications_fts (communications_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)');

-- Rows written before this migration.
INSERT INTO requests_fts (requests_fts) VALUES ('rebuild');
INSERT INTO communications_fts (communications_fts) VALUES ('rebuild');
INSERT INTO document_pages_fts (document_pages_fts) VALUES ('rebuild');

CREATE INDEX document_pages_document ON document_pages(document_id, number);
CREATE INDEX documents_city ON documents(city_slug, created_at);
CREATE INDEX incidents_type ON incidents(type, occurred_at);
