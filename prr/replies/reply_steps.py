"""Per-message steps of reply ingestion kept apart from the flow in :mod:`prr.ingest`:
the row a new message gets (a field that cannot be read never stops it being stored),
whether the classifier's reading may apply by itself, how a held match is named, and
finishing replies a crashed run left matched but unapplied."""
from __future__ import annotations

import json
import sqlite3
from datetime import UTC
from pathlib import Path

from prr.db import replies as store
from prr.db.core import write
from prr.db.requests import update_communication
from prr.replies.matching import Match
from prr.replies.sources.message import ParsedMessage


def columns_for(parsed: ParsedMessage | None, mid: str | None, digest: str, raw_path: Path, source: str) -> dict:
    """The communication row of a new message; a field that cannot be read is left out
    with a note, never stops the message from being stored."""
    cols = dict(channel="email", message_id=mid, content_hash=digest, raw_path=str(raw_path),
                source_ref=source, status="recorded")
    if parsed is None:
        return cols
    env = parsed.envelope
    try:
        cols.update(message_id=env.message_id or mid, in_reply_to=" ".join(env.in_reply_to) or None,
                    references_=" ".join(env.references) or None, from_addr=parsed.from_line or None,
                    to_addr=", ".join(env.to_addrs) or None, subject=env.subject or None, body=env.body)
        cols["sent_at"] = env.date.astimezone(UTC).replace(microsecond=0).isoformat()
    except Exception as e:  # noqa: BLE001 - recorded; the message is still stored
        cols["notes"] = f"some headers could not be stored: {e.__class__.__name__}: {e}"
    return cols


def reading_allows(classification: dict | None) -> tuple[bool, str]:
    """Whether the reader's reading may change the request by itself: the reader decides
    (``prr.replies.reply_reading.decide_apply``)."""
    if not classification or (classification.get("status") or "other") == "other":
        return True, ""     # no status read: tying the reply changes no status
    from prr.replies.reply_reading import decide_apply

    applies, reason = decide_apply(classification)
    return bool(applies), reason


def signal_name(match: Match) -> str:
    kinds = [s.reason.split(" ")[0] for s in match.signals if s.request_id == match.request_id]
    return {"token": "token", "In-Reply-To": "thread", "References": "thread", "tracking": "tracking number",
            "sender": "domain"}.get(kinds[0] if kinds else "", "request")


def finish_unapplied(conn: sqlite3.Connection, settings=None) -> list:
    """Apply replies left ``matched`` but never applied by a run that died in between
    (before the two were one transaction). Each is applied once."""
    from prr.replies.ingest import IngestResult, _reparse, apply_reply

    out = []
    for comm in store.matched_but_unapplied(conn):
        try:
            parsed = _reparse(comm)
            cls = json.loads(comm["classification_json"]) if comm["classification_json"] else None
            docs = len(store.documents_for_communication(conn, comm["id"]))
            with write(conn):
                actions = apply_reply(conn, comm["id"], comm["request_id"], parsed, cls, documents=docs,
                                      settings=settings, how=f"finished after an interruption ({comm['match_reason']})")
            out.append(IngestResult(comm["id"], comm["request_id"], "matched", "finished", actions))
        except sqlite3.OperationalError:
            raise
        except Exception as e:  # noqa: BLE001 - recorded on the message
            update_communication(conn, comm["id"], status="error", error=f"applying failed: {e.__class__.__name__}: {e}")
            out.append(IngestResult(comm["id"], None, "error", str(e)))
    return out
