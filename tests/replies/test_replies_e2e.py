"""End to end: a request filed through the outbox gets, by IMAP, an acknowledgement with
a tracking number, then an extension notice, then a release with a PDF; its status,
tracking numbers, documents and CPRA dates follow."""
from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from replies_kit import build_mail
from simplepdf import make_pdf

from prr.db.cities import get_city
from prr.db.core import rows
from prr.db.events import events_for
from prr.db.requests import get_request, tracking_numbers_for
from prr.deadlines.deadlines import calendar_for_office, due_dates
from prr.replies.ingest import ingest_source
from prr.replies.sources import ImapSource
from prr.requests.filing import draft_request, file_request

LA = ZoneInfo("America/Los_Angeles")


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0), LA)


def test_filed_request_through_ack_extension_release(conn, prr_env, dovecot, imap_user):
    user, pw = imap_user
    url = dovecot.url(user, pw)

    def poll():
        summary = ingest_source(conn, ImapSource(url), prr_env)
        assert summary.error is None
        return summary

    rid = draft_request(conn, "oxnard", "incident-logs",
                        {"incident": "the ransomware attack disclosed on 2026-01-12",
                         "start": "2026-01-01", "end": "2026-02-28"}, settings=prr_env)
    file_request(conn, rid, settings=prr_env)
    request = get_request(conn, rid)
    assert request["status"] == "ready_to_send" and request["due_on"] is None
    from prr.requests.filing import mark_sent

    request = mark_sent(conn, rid, settings=prr_env)      # the user sent the outbox letter today
    assert request["status"] == "filed"
    received = dt.date.fromisoformat(request["received_on"])
    cal = calendar_for_office(get_city(conn, "oxnard")["office"])
    # from the moment it left: after the office closes, the next open day counts as received
    filed_at = dt.datetime.fromisoformat(request["filed_at"])
    expected = due_dates(filed_at, cal)

    # 1. Acknowledgement, threaded under our letter, with the agency's tracking number.
    ack_day = received + dt.timedelta(days=1)
    dovecot.append(user, pw, [build_mail(
        sender="City Clerk <cityclerk@oxnard.org>", subject="RE: " + request["subject"],
        in_reply_to=request["message_id"], date=_at(ack_day, 10),
        body="Your request has been received and assigned reference number R000061-012323. "
             "We will respond within 10 days.")])
    assert poll().counts == {"matched": 1}
    request = get_request(conn, rid)
    assert request["status"] == "acknowledged"
    assert tracking_numbers_for(conn, rid) == ["R000061-012323"]
    assert request["due_on"] == expected.due.isoformat()
    assert dt.date.fromisoformat(request["due_on"]) >= received + dt.timedelta(days=10)
    assert cal.is_open(dt.date.fromisoformat(request["due_on"]))

    # 2. Extension notice: a new thread, found by the tracking number from the city's domain.
    ext_day = received + dt.timedelta(days=7)
    dovecot.append(user, pw, [build_mail(
        sender="City Clerk <cityclerk@oxnard.org>", subject="Public Records Request :: R000061-012323",
        date=_at(ext_day, 15),
        body="Pursuant to Government Code section 7922.535(b), the City is extending the time to respond "
             "by 14 days due to the need to search for and collect records from field facilities.")])
    summary = poll()
    assert summary.counts == {"matched": 1}
    assert "tracking number R000061-012323" in summary.results[0].reason
    request = get_request(conn, rid)
    assert request["status"] == "extension"
    with_ext = due_dates(filed_at, cal, extension_notice_on=ext_day)
    assert request["due_on"] == expected.due.isoformat()
    assert request["extended_due_on"] == with_ext.extended_due.isoformat()
    assert dt.date.fromisoformat(request["extended_due_on"]) >= expected.due + dt.timedelta(days=14)
    ext_event = next(e for e in events_for(conn, rid) if e["kind"] == "extension")
    assert ext_event["detail"]["notice_on"] == ext_day.isoformat()

    # 3. Release with the records as a PDF, from an address the registry does not know.
    rel_day = received + dt.timedelta(days=20)
    pdf = make_pdf(["City of Oxnard - Incident Log", "2026-01-12 09:14 Ransomware detected on file server FS-02"])
    dovecot.append(user, pw, [build_mail(
        sender="Records Unit <records@oxnard.org>", subject=f"RE: R000061-012323 [{request['token']}]",
        date=_at(rel_day, 11),
        body="The records responsive to your request are attached. This request is now closed.",
        attachments=[("incident-log.pdf", pdf, "application/pdf")])])
    assert poll().counts == {"matched": 1}
    request = get_request(conn, rid)
    assert request["status"] == "released" and request["closed_at"]
    docs = rows(conn, "SELECT * FROM documents WHERE request_id=?", (rid,))
    assert [(d["filename"], d["status"]) for d in docs] == [("incident-log.pdf", "pending")]   # queued
    from prr.documents.documents import process_documents

    process_documents(conn, [docs[0]["id"]])         # what the extract-documents flow does
    docs = rows(conn, "SELECT * FROM documents WHERE request_id=?", (rid,))
    assert [(d["filename"], d["status"], d["page_count"]) for d in docs] == [("incident-log.pdf", "ok", 1)]
    page = rows(conn, "SELECT text FROM document_pages WHERE document_id=?", (docs[0]["id"],))[0]["text"]
    assert "Ransomware detected" in page
    change = rows(conn, "SELECT new_value, status FROM changes WHERE kind='contact_added'")
    assert change == [{"new_value": "records@oxnard.org", "status": "pending"}]

    # The audit trail tells the story in order; nothing is ingested twice.
    kinds = [e["kind"] for e in events_for(conn, rid) if e["kind"] not in ("status_changed", "reply_received")]
    assert kinds[kinds.index("filed"):] == ["filed", "tracking_number", "acknowledged", "extension", "released"]
    assert poll().total == 0
    inbound = rows(conn, "SELECT status, classification_json FROM communications WHERE direction='in'")
    assert [json.loads(c["classification_json"])["status"] for c in inbound] == ["acknowledged", "extension", "released"]
