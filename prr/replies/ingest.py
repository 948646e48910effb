"""Ingesting replies: store each message once, tie it to its request, save its
attachments, read it, and apply what it says to the request, with guards.

One message never stops a run: every per-message step (parse, date, match, store,
apply) is guarded; whatever goes wrong is recorded on its communication (``status=
'error'`` and the reason; the raw message is always kept under ``PRR_HOME/mail``) and
the next message is read, so source positions move past it. Storing a reply's outcome
and applying it to its request are one transaction; a message stored but not finished
(``recorded``) is finished by the next run. A reply changes a request only when its
sender is known for the city (:mod:`prr.reply_trust`); otherwise it waits in review
with the reason. Attachments are stored and queued (``documents.status='pending'``);
`prr docs extract` or the documents flow reads them, so ingest never waits on a PDF.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from prr.core.files import sha256_bytes, write_once
from prr.db import replies as store
from prr.db.cities import get_city
from prr.db.core import write
from prr.db.requests import (
    get_request,
    update_communication,
)
from prr.replies.matching import Match, match_message
from prr.replies.reply_apply import (  # noqa: F401  (re-exported)
    FINAL_STATUSES,
    PAUSE_STATUSES,
    UNFILED_STATUSES,
    _offer_contact,
    apply_classification,
)
from prr.replies.reply_steps import columns_for, finish_unapplied, reading_allows, signal_name
from prr.replies.sources.base import Source, SourceError
from prr.replies.sources.message import ParsedMessage, content_hash, message_ids, parse_message


@dataclass
class IngestResult:
    communication_id: int | None
    request_id: int | None
    status: str          # matched | review | error | duplicate | skipped
    reason: str = ""
    actions: list[str] = field(default_factory=list)


@dataclass
class IngestSummary:
    source: str
    counts: dict[str, int] = field(default_factory=dict)
    results: list[IngestResult] = field(default_factory=list)
    error: str | None = None
    note: str | None = None

    def add(self, result: IngestResult) -> None:
        self.results.append(result)
        self.counts[result.status] = self.counts.get(result.status, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict:
        return {"source": self.source, "counts": self.counts, "error": self.error, "note": self.note,
                "messages": [r.__dict__ for r in self.results]}


def _settings(settings):
    if settings is None:
        from prr.core.settings import get_settings

        settings = get_settings()
    return settings


def save_raw(home: Path, raw: bytes) -> Path:
    digest = sha256_bytes(raw)
    path = home / "mail" / digest[:2] / f"{digest}.eml"
    write_once(path, raw)
    return path


def _quick_message_id(raw: bytes) -> str | None:
    import email.parser
    import email.policy

    try:
        head = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        ids = message_ids(str(head.get("Message-ID", "")))
        return ids[0] if ids else None
    except Exception:
        return None


def ingest_raw(conn: sqlite3.Connection, raw: bytes, *, source: str, settings=None) -> IngestResult:
    """Ingest one raw message. Never raises for a bad message; raises only when the
    store itself fails (disk, database), in which case nothing was committed for it."""
    settings = _settings(settings)
    digest = content_hash(raw)
    mid = _quick_message_id(raw)
    existing = store.find_incoming_duplicate(conn, mid, digest)
    if existing is not None and existing["status"] != "recorded":
        return IngestResult(existing["id"], existing["request_id"], "duplicate",
                            f"already ingested as communication {existing['id']}")
    raw_path = save_raw(settings.home, raw)
    received_at = datetime.now(UTC).replace(microsecond=0)
    parsed, parse_error = None, None
    try:
        parsed = parse_message(raw, received_at=received_at)
    except Exception as e:  # parse_message is built not to raise; keep the run going if it does
        parse_error = f"{e.__class__.__name__}: {e}"
    own = existing is None and store.is_outgoing_message_id(conn, mid)
    if existing is not None:
        comm_id = existing["id"]
    else:
        cols = columns_for(parsed, mid, digest, raw_path, source)
        if own:
            cols.update(status="ignored", match_reason=f"carries the Message-ID {mid} of one of our own letters: "
                        "our copy coming back, or a forgery; never applied")
        try:
            comm_id = store.insert_incoming(conn, **cols)
        except sqlite3.IntegrityError:   # another worker stored it a moment ago
            again = store.find_incoming_duplicate(conn, cols["message_id"], digest)
            return IngestResult(again["id"] if again else None, again["request_id"] if again else None,
                                "duplicate", "stored concurrently by another run")
    if own:
        return IngestResult(comm_id, None, "ignored", f"{mid} is one of our own outgoing messages")
    if parsed is None:
        update_communication(conn, comm_id, status="error", error=f"could not parse: {parse_error}")
        return IngestResult(comm_id, None, "error", parse_error)
    try:
        return process_message(conn, comm_id, parsed, settings=settings)
    except sqlite3.OperationalError:
        raise       # the database itself (locked, disk I/O): stop, the position does not move
    except Exception as e:
        error = f"{e.__class__.__name__}: {e}"
        update_communication(conn, comm_id, status="error", error=f"processing failed: {error}")
        return IngestResult(comm_id, None, "error", error)


def _local_date(dt: datetime, tz: str) -> date:
    return dt.astimezone(ZoneInfo(tz)).date()


def _classify(parsed: ParsedMessage, requester_refs: tuple[str, ...]) -> tuple[dict | None, str | None]:
    from prr.replies.classify import classify_email, classify_text

    env = parsed.envelope
    try:
        result = classify_email(parsed.message, requester_refs=requester_refs)
    except Exception as first:  # a strange message the classifier cannot walk: give it our text
        try:
            result = classify_text(env.body, subject=env.subject, message_date=env.date.date(),
                                   has_attachment=bool(parsed.attachments), requester_refs=requester_refs)
        except Exception as e:
            return None, f"classifier failed: {first.__class__.__name__}: {first}; {e.__class__.__name__}: {e}"
    data = result.to_json()
    return (json.loads(data) if isinstance(data, str) else dict(data)), None


def _save_attachments(conn, comm_id: int, parsed: ParsedMessage, request: dict | None, city_slug: str | None,
                      settings) -> tuple[list[int], list[str]]:
    """Store each attachment as a ``pending`` document; extraction runs later (the
    documents flow, `prr docs extract`), so a hostile PDF never holds up ingest."""
    from prr.documents.documents import add_document

    ids, notes = [], []
    rid = request["id"] if request else None
    for att in parsed.attachments:
        try:
            ids.append(add_document(conn, att.data, filename=att.filename, request_id=rid, communication_id=comm_id,
                                    city_slug=city_slug, content_type=att.content_type, settings=settings))
        except sqlite3.OperationalError:
            raise
        except Exception as e:  # noqa: BLE001 - the reply is still good without it
            notes.append(f"attachment {att.filename!r} not stored: {e.__class__.__name__}: {e}")
    return ids, notes


def process_message(conn: sqlite3.Connection, comm_id: int, parsed: ParsedMessage, *, settings=None) -> IngestResult:
    """Match, check the sender, save attachments (queued), classify, and apply when the
    match is sound and the sender known: the outcome and its effect in one transaction."""
    from prr.replies.reply_trust import sender_trust

    settings = _settings(settings)
    env = parsed.envelope
    match = match_message(conn, env)
    request = get_request(conn, match.request_id) if match.request_id else None
    reason = match.reason
    applied = match.applied and not parsed.fatal
    if applied:
        trust = sender_trust(conn, request["city_slug"], env.from_addr, parsed.message)
        if not trust.ok:
            applied = False
            reason = f"{signal_name(match)} matched, {trust.reason}; {match.reason}"
    classification, class_note = _classify(parsed, (request["token"],) if request else ())
    if applied:
        allowed, why = reading_allows(classification)
        if not allowed:
            applied, reason = False, f"reading held for review: {why}; {match.reason}"
    city_slug = request["city_slug"] if (request and applied) else match.sender_city
    with write(conn):
        doc_ids, doc_notes = _save_attachments(conn, comm_id, parsed, request if applied else None, city_slug,
                                               settings)
        notes = parsed.notes + doc_notes + ([class_note] if class_note else [])
        cols = dict(match_reason=reason, match_score=match.score, city_slug=city_slug,
                    classification_json=json.dumps(classification) if classification else None,
                    notes="; ".join(notes) or None)
        if parsed.fatal:
            status = "error"
            cols.update(error="; ".join(parsed.fatal), candidate_request_id=match.request_id)
        elif applied:
            status = "matched"
            cols.update(request_id=match.request_id, candidate_request_id=None)
        else:
            status = "review"
            cols.update(candidate_request_id=match.request_id)
        cols["status"] = status
        update_communication(conn, comm_id, **cols)
        result = IngestResult(comm_id, match.request_id if applied else None, status, cols.get("error") or reason)
        if applied:
            result.actions = apply_reply(conn, comm_id, request["id"], parsed, classification, match=match,
                                         documents=len(doc_ids), settings=settings)
    return result


def apply_reply(conn: sqlite3.Connection, comm_id: int, request_id: int, parsed: ParsedMessage,
                classification: dict | None, *, match: Match | None = None, documents: int = 0,
                settings=None, how: str | None = None, confirmed: bool = False) -> list[str]:
    """Everything a matched reply does to its request; returns what was done, in words."""
    request = get_request(conn, request_id)
    city = get_city(conn, request["city_slug"]) or {}
    tz = city.get("timezone") or _settings(settings).timezone
    on = _local_date(parsed.envelope.date, tz)
    actions: list[str] = []
    with write(conn):
        store.record_event(conn, "reply_received", request_id, request["city_slug"], communication_id=comm_id,
                           match_reason=how or (match.reason if match else ""),
                           score=match.score if match else None)
        if classification:
            actions += apply_classification(conn, request_id, comm_id, classification, on=on,
                                            has_attachment=documents > 0, has_link=parsed.has_link,
                                            confirmed=confirmed)
        if parsed.envelope.from_addr:
            actions += _offer_contact(conn, request["city_slug"], parsed)
    from prr.deadlines.request_deadlines import refresh_deadlines

    refresh_deadlines(conn, request_id)
    actions.append("deadlines refreshed")
    return actions


# --- review queue --------------------------------------------------------------------

def _reparse(comm: dict) -> ParsedMessage:
    path = Path(comm["raw_path"] or "")
    if not path.is_file():
        raise ValueError(f"the raw copy of message {comm['id']} is missing ({path}); import the message again")
    raw = path.read_bytes()
    received = datetime.fromisoformat(comm["created_at"])
    return parse_message(raw, received_at=received)


def assign(conn: sqlite3.Connection, comm_id: int, request_id: int | None = None, *, settings=None,
           how: str = "accepted in review", confirmed: bool = False,
           classification: dict | None = None) -> IngestResult:
    """Tie a message to a request by hand (accept the suggestion, or reassign) and apply it.
    ``confirmed``: a person also confirmed the status (``classification``, when given,
    is the reading they confirmed). Raises ValueError with what to do when that is not possible."""
    comm = store.get_communication(conn, comm_id)
    if comm is None or comm["direction"] != "in":
        raise ValueError(f"no incoming message {comm_id}; list them with `prr inbox review`")
    rid = request_id or comm["candidate_request_id"]
    if rid is None:
        raise ValueError(f"message {comm_id} has no suggested request; give one with --request ID")
    request = get_request(conn, rid)
    if request is None:
        raise ValueError(f"no request {rid}; check the request id")
    rid = request["parent_id"] or rid
    previous = comm["request_id"]
    if previous == rid and comm["status"] == "matched":
        raise ValueError(f"message {comm_id} is already tied to request {rid}")
    parsed = _reparse(comm)
    if classification is None and comm["classification_json"]:
        classification = json.loads(comm["classification_json"])
    if classification is None:
        classification, _ = _classify(parsed, (request["token"],))
    with write(conn):
        if previous and previous != rid:
            store.record_event(conn, "reply_reassigned", previous, None, communication_id=comm_id, to=rid)
        update_communication(conn, comm_id, request_id=rid, candidate_request_id=None, status="matched",
                                   city_slug=request["city_slug"],
                                   match_reason=f"{how}" + (f" (was: {comm['match_reason']})" if comm["match_reason"] else ""),
                                   match_score=1.0, classification_json=json.dumps(classification))
        store.link_documents(conn, comm_id, rid, request["city_slug"])
        if parsed.envelope.from_addr:   # a person vouched for this sender: its next replies apply
            store.learn_sender(conn, request["city_slug"], parsed.envelope.from_addr, source="accepted_reply",
                               communication_id=comm_id)
    docs = len(store.documents_for_communication(conn, comm_id))
    actions = apply_reply(conn, comm_id, rid, parsed, classification, documents=docs, settings=settings, how=how,
                          confirmed=confirmed)
    return IngestResult(comm_id, rid, "matched", how, actions)


def ignore(conn: sqlite3.Connection, comm_id: int) -> None:
    comm = store.get_communication(conn, comm_id)
    if comm is None or comm["direction"] != "in":
        raise ValueError(f"no incoming message {comm_id}; list them with `prr inbox review`")
    update_communication(conn, comm_id, status="ignored")


# --- sources -------------------------------------------------------------------------

def ingest_source(conn: sqlite3.Connection, source: Source, settings=None, *,
                  progress: Callable[[IngestResult], None] | None = None) -> IngestSummary:
    """Ingest every message a source yields. A source that fails part-way (a dropped IMAP
    connection) keeps what was committed; its position only moves past committed messages."""
    settings = _settings(settings)
    summary = IngestSummary(source.describe())
    for result in finish_unapplied(conn, settings):
        summary.add(result)
    key = source.state_key
    if key:
        source.resume(store.get_source_state(conn, key))
    try:
        for ref, raw in source.messages():
            try:
                result = ingest_raw(conn, raw, source=ref, settings=settings)
            except Exception as e:
                # The store itself failed (disk full, database locked for too long): stop
                # here without moving the source's position, so the next run retries it.
                summary.error = (f"could not store {ref}: {e.__class__.__name__}: {e}; "
                                 "nothing after it was read; fix the cause and run again")
                break
            summary.add(result)
            if key and (state := source.checkpoint(ref)) is not None:
                store.save_source_state(conn, key, uidvalidity=state.get("uidvalidity"),
                                        last_uid=state.get("last_uid", 0))
            if progress is not None:
                progress(result)
    except SourceError as e:
        summary.error = str(e)
    finally:
        source.close()
    summary.note = getattr(source, "reset_reason", None)
    return summary
