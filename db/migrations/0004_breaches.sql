-- The California Attorney General's data-breach list: every entry seen (first-seen time,
-- idempotent by a stable key), its match to a registry city, and what prr did about it.

CREATE TABLE breach_entries (
    id INTEGER PRIMARY KEY,
    entry_key TEXT NOT NULL UNIQUE,          -- hash of organisation, breach dates, reported date
    organization TEXT NOT NULL,
    breach_dates_json TEXT NOT NULL DEFAULT '[]',   -- ISO dates, sorted
    breach_dates_text TEXT,                  -- the cell as published
    breach_is_range INTEGER NOT NULL DEFAULT 0,
    reported_on TEXT,
    detail_url TEXT,
    source TEXT NOT NULL,                    -- html | csv | file
    source_url TEXT,
    extra_json TEXT NOT NULL DEFAULT '{}',   -- columns the parser does not know, verbatim
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    match_status TEXT NOT NULL DEFAULT 'pending',   -- pending | matched | unmatched
    city_slug TEXT REFERENCES cities(slug),  -- matched city, or the best candidate below the threshold
    match_score REAL,
    match_reason TEXT,
    action_status TEXT,                      -- NULL | drafted | filed | awaiting_submission | existing | error
    notice_url TEXT,
    notice_document_id INTEGER REFERENCES documents(id),
    notice_facts_json TEXT,
    request_id INTEGER REFERENCES requests(id),
    error TEXT,                              -- why the last attempt failed (retried on the next check)
    attempts INTEGER NOT NULL DEFAULT 0,
    processed_at TEXT
);
CREATE INDEX breach_entries_match ON breach_entries(match_status, action_status);
CREATE INDEX breach_entries_city ON breach_entries(city_slug);

-- One row per check of the list: what was read and which rows could not be.
CREATE TABLE breach_checks (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    list_url TEXT,
    csv_url TEXT,
    entries_seen INTEGER NOT NULL DEFAULT 0,
    entries_new INTEGER NOT NULL DEFAULT 0,
    matched_new INTEGER NOT NULL DEFAULT 0,
    problems_json TEXT NOT NULL DEFAULT '[]',   -- malformed rows: row, reason, raw
    errors_json TEXT NOT NULL DEFAULT '[]'      -- sources that could not be fetched
);
