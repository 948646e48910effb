-- Request and reply lifecycle.
--
-- Outbox letters were recorded as `filed` though nothing had left the machine: a request
-- still `filed` through the outbox (no reply yet) becomes `ready_to_send`, with no due
-- date until the user says it was sent (`prr request sent ID --on DATE`). The move is
-- recorded as a status_changed event like any other.
--
-- Senders a city's replies may come from, learned when a person accepts a held reply
-- (registry addresses and domains are read from contacts; these are the extra ones).

INSERT INTO events (request_id, city_slug, kind, at, detail_json)
SELECT id, city_slug, 'status_changed', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'),
       json_object('old', 'filed', 'new', 'ready_to_send',
                   'reason', 'upgrade: an outbox letter is not sent until you send it; '
                             || 'record it with `prr request sent ' || id || ' --on DATE`')
FROM requests WHERE status = 'filed' AND channel = 'outbox';

UPDATE requests SET status = 'ready_to_send', filed_at = NULL, received_on = NULL, due_on = NULL,
                    extended_due_on = NULL
WHERE status = 'filed' AND channel = 'outbox';

CREATE TABLE known_senders (
    id INTEGER PRIMARY KEY,
    city_slug TEXT NOT NULL REFERENCES cities(slug) ON DELETE CASCADE,
    address TEXT NOT NULL,              -- lower-case email address
    source TEXT NOT NULL,               -- accepted_reply | user
    communication_id INTEGER REFERENCES communications(id),
    learned_at TEXT NOT NULL,
    UNIQUE(city_slug, address)
);
