-- Reply ingestion: where each incoming message came from, the request a low-confidence
-- match suggested (kept apart from request_id until someone accepts it), and the
-- position of incremental sources (IMAP: UIDVALIDITY + last committed UID).

ALTER TABLE communications ADD COLUMN source_ref TEXT;          -- e.g. imap:INBOX:42, eml:/path/x.eml
ALTER TABLE communications ADD COLUMN candidate_request_id INTEGER REFERENCES requests(id);
ALTER TABLE communications ADD COLUMN notes TEXT;               -- recoverable problems (fallbacks used)

CREATE INDEX communications_status ON communications(status, direction);
CREATE INDEX communications_hash ON communications(content_hash);

CREATE TABLE source_state (
    source TEXT PRIMARY KEY,       -- stable key of a source, e.g. imap://user@host:993/INBOX
    uidvalidity INTEGER,
    last_uid INTEGER NOT NULL DEFAULT 0,
    detail_json TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);
