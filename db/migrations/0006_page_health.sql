-- Page health: when the current run of failures started (page_broken needs failures on
-- two days), and fetches that were not compared (suspect outage pages, offline runs,
-- robots refusals) with their reason.
ALTER TABLE pages ADD COLUMN first_failed_at TEXT;

CREATE TABLE page_fetches (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    fetched_at TEXT NOT NULL,
    outcome TEXT NOT NULL,          -- suspect | offline | robots | failed
    reason TEXT,
    http_status INTEGER,
    size INTEGER,                   -- characters of page text (suspect pages)
    content_hash TEXT               -- normalised text hash (suspect pages)
);
CREATE INDEX page_fetches_page ON page_fetches(page_id, id);
