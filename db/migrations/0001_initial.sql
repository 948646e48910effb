-- prr initial schema: the whole pipeline's data model.
-- Timestamps (*_at) are UTC ISO 8601; dates the law counts (*_on) are local California dates.

CREATE TABLE cities (
    slug TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'CA',
    county TEXT,
    geoid TEXT,
    website TEXT,
    channel TEXT NOT NULL DEFAULT 'outbox',
    timezone TEXT NOT NULL DEFAULT 'America/Los_Angeles',
    office_json TEXT NOT NULL DEFAULT '{}',      -- hours and closure rules (registry "office")
    source TEXT NOT NULL DEFAULT 'curated',      -- curated | uscityurl
    registry_path TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX cities_geoid ON cities(geoid);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    city_slug TEXT NOT NULL REFERENCES cities(slug) ON DELETE CASCADE,
    kind TEXT NOT NULL,          -- records_email, records_phone, portal_url, it_email, it_phone,
                                 -- attorney_email, attorney_phone, address, ...
    value TEXT,                  -- NULL when known to exist but not yet found (status to_discover)
    label TEXT,                  -- display form, e.g. "(805) 385-7803"
    vendor TEXT,                 -- for portal_url: govqa, nextrequest, justfoia, ...
    source_url TEXT,
    verified_on TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'current'   -- current | to_discover | stale | removed
);
CREATE UNIQUE INDEX contacts_unique ON contacts(city_slug, kind, coalesce(value, ''));

CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    city_slug TEXT NOT NULL REFERENCES cities(slug) ON DELETE CASCADE,
    url TEXT NOT NULL,
    kind TEXT NOT NULL,          -- records | it | attorney | privacy | home | other
    status TEXT NOT NULL DEFAULT 'active',   -- active | moved | broken | proposed
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    last_checked_at TEXT,
    last_http_status INTEGER,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    UNIQUE(city_slug, url)
);

CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    fetched_at TEXT NOT NULL,
    http_status INTEGER,
    final_url TEXT,
    content_hash TEXT NOT NULL,
    text TEXT,
    paragraphs_json TEXT,
    contacts_json TEXT
);
CREATE INDEX snapshots_page ON snapshots(page_id, fetched_at);

CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    city_slug TEXT NOT NULL REFERENCES cities(slug) ON DELETE CASCADE,
    page_id INTEGER REFERENCES pages(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,          -- contact_added | contact_removed | policy_changed | page_moved | page_broken | page_proposed
    field TEXT,                  -- contact kind or paragraph index
    old_value TEXT,
    new_value TEXT,
    evidence TEXT,
    url TEXT,
    detected_at TEXT NOT NULL,
    confirmations INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'pending',  -- unconfirmed | pending | accepted | rejected
    decided_at TEXT,
    decision_note TEXT
);
CREATE INDEX changes_status ON changes(status, city_slug);

CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    city_slug TEXT NOT NULL REFERENCES cities(slug),
    kind TEXT NOT NULL,                  -- template kind, e.g. incident-logs
    params_json TEXT NOT NULL DEFAULT '{}',
    dedupe_key TEXT NOT NULL UNIQUE,     -- city + kind + normalised parameters
    token TEXT NOT NULL UNIQUE,          -- per-request token for matching replies
    status TEXT NOT NULL DEFAULT 'draft',
        -- draft | filing | filed | awaiting_submission | failed | acknowledged | extension
        -- | clarification | fee | partial | released | no_records | denied | closed | withdrawn
    channel TEXT,
    recipient TEXT,
    subject TEXT,
    body TEXT,
    message_id TEXT,
    parent_id INTEGER REFERENCES requests(id),   -- follow-ups / escalations point at their request
    created_at TEXT NOT NULL,
    filed_at TEXT,
    received_on TEXT,                    -- local date the agency received it (counts for CPRA)
    due_on TEXT,                         -- determination deadline (cached from prr.deadlines)
    extended_due_on TEXT,
    estimated_on TEXT,                   -- agency's estimated production date
    closed_at TEXT,
    last_error TEXT
);
CREATE INDEX requests_city_status ON requests(city_slug, status);

CREATE TABLE communications (
    id INTEGER PRIMARY KEY,
    request_id INTEGER REFERENCES requests(id),
    city_slug TEXT REFERENCES cities(slug),
    direction TEXT NOT NULL,             -- out | in
    channel TEXT,
    message_id TEXT,
    in_reply_to TEXT,
    references_ TEXT,
    from_addr TEXT,
    to_addr TEXT,
    subject TEXT,
    body TEXT,
    sent_at TEXT,                        -- Date header (UTC) or send time
    created_at TEXT NOT NULL,
    content_hash TEXT,
    raw_path TEXT,
    status TEXT NOT NULL DEFAULT 'recorded',  -- recorded | matched | review | ignored | error
    match_reason TEXT,
    match_score REAL,
    classification_json TEXT,
    error TEXT
);
CREATE INDEX communications_request ON communications(request_id);
CREATE INDEX communications_message_id ON communications(message_id);
CREATE UNIQUE INDEX communications_in_unique ON communications(direction, coalesce(message_id, ''), coalesce(content_hash, ''));

CREATE TABLE tracking_numbers (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    source TEXT NOT NULL,                -- portal | reply | user
    communication_id INTEGER REFERENCES communications(id),
    first_seen TEXT NOT NULL,
    UNIQUE(request_id, number)
);
CREATE INDEX tracking_numbers_number ON tracking_numbers(number);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    request_id INTEGER REFERENCES requests(id),
    communication_id INTEGER REFERENCES communications(id),
    city_slug TEXT REFERENCES cities(slug),
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    filename TEXT,
    content_type TEXT,
    size INTEGER,
    status TEXT NOT NULL DEFAULT 'pending',   -- pending | ok | encrypted | malformed | empty | too_large | not_pdf | error
    error TEXT,
    page_count INTEGER,
    created_at TEXT NOT NULL,
    extracted_at TEXT
);
CREATE INDEX documents_sha ON documents(sha256);

CREATE TABLE document_pages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT,
    method TEXT,                 -- text | ocr
    tables_json TEXT,
    UNIQUE(document_id, number)
);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_number INTEGER,
    record_no TEXT,              -- event or case number
    case_no TEXT,
    type TEXT,
    occurred_at TEXT,
    reported_at TEXT,
    disposition TEXT,
    location TEXT,
    summary TEXT,
    fields_json TEXT             -- every labelled field found for the record
);
CREATE INDEX incidents_document ON incidents(document_id);

-- Append-only audit trail of everything that happened to a request (or a city).
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    request_id INTEGER REFERENCES requests(id),
    city_slug TEXT,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    detail_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_request ON events(request_id, id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
