"""Follow up requests past their CPRA deadline, politely and never early.

Once a day (the ``follow_up`` flow, or ``prr followups``):

* every request still awaiting a determination whose effective deadline (extended if
  the agency gave notice) has fully passed is late; nothing is ever sent on or before
  the due day;
* a city gets at most one message a day per channel: one follow-up about its oldest
  late request, listing its other late requests filed through the same channel in the
  same letter (a digest); the letter goes through that channel and says which
  (``Planned.channel``): by SMTP it is sent, to the outbox it is ``ready_to_send``;
* a request is followed up again only ``followup_interval_days`` after its last
  follow-up, and not at all once closed or withdrawn;
* after ``followups_before_escalation`` unanswered follow-ups (a reply from the city
  resets the count) the letter to the City Attorney is drafted instead, once, for a
  person to review and send; a missing attorney address is recorded;
* reruns on the same day send nothing new: each city's send is claimed in a write
  transaction first (``followup_claimed``), and a failed send releases its claim
  (``followup_failed``) so a later run can retry.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import uuid
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from prr.db.cities import city_row, current_contact
from prr.db.core import write
from prr.db.events import add_event, city_events, events_for, followup_sent_on, has_event
from prr.deadlines.deadlines import Deadlines, fmt
from prr.deadlines.request_deadlines import overdue_requests

log = logging.getLogger(__name__)

# A reply of any of these kinds answers the follow-ups sent before it.
REPLY_EVENTS = ("reply_received", "acknowledged", "extension", "paused", "resumed", "estimated_production",
                "released", "partial", "no_records", "denied", "closed")


@dataclass
class Planned:
    city: str
    kind: str                           # follow-up | escalation
    request_ids: list[int]              # the first is the request the letter is about
    to: str | None = None
    channel: str = ""                   # the channel of the requests it follows up (see letter_channel)
    channel_reason: str = ""
    numbers: dict[int, int] = field(default_factory=dict)   # follow-up number per request
    note: str = ""
    outcome: str = "planned"            # sent | written to outbox | unconfirmed | drafted | skipped | failed
                                        # | would send | would write to outbox | would draft
    reason: str = ""
    communication_id: int | None = None
    escalation_id: int | None = None

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "", {})}


@dataclass
class FollowupRun:
    today: dt.date
    dry_run: bool
    overdue: list[dict] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return sum(1 for m in self.messages if m["outcome"] == "sent")

    @property
    def written(self) -> int:
        return sum(1 for m in self.messages if m["outcome"] == "written to outbox")

    @property
    def drafted(self) -> int:
        return sum(1 for m in self.messages if m["outcome"] == "drafted")

    def to_json(self) -> dict:
        return {"today": self.today.isoformat(), "dry_run": self.dry_run, "overdue": self.overdue,
                "messages": self.messages, "skipped": self.skipped, "errors": self.errors,
                "sent": self.sent, "written_to_outbox": self.written, "drafted": self.drafted}


def local_today(tz: str = "America/Los_Angeles") -> dt.date:
    """Today in California: the CPRA counts local days."""
    return dt.datetime.now(ZoneInfo(tz)).date()


def _on(e: dict) -> str:
    return str((e.get("detail") or {}).get("on") or e.get("at", ""))[:10]


def followup_history(events: list[dict]) -> dict:
    """Counts and dates of the follow-ups of one request, from its events."""
    sent = [e for e in events if e["kind"] == "followup_sent"]
    last_reply = max((e["id"] for e in events if e["kind"] in REPLY_EVENTS), default=0)
    return {
        "total": len(sent),
        "unanswered": sum(1 for e in sent if e["id"] > last_reply),
        "last_on": max((_on(e) for e in sent), default=None),
        "escalated": any(e["kind"] == "escalation_drafted" for e in events),
    }


def _longdate(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _days(delta: dt.timedelta) -> str:
    return f"{delta.days} day{'s' if delta.days != 1 else ''}"


def _contact(conn: sqlite3.Connection, city: str, kind: str) -> str | None:
    c = current_contact(conn, city, kind)
    return c["value"] if c else None


def plan_followups(conn: sqlite3.Connection, today: dt.date, *, settings=None) -> tuple[list[dict], list[Planned], list[dict]]:
    """(overdue rows, planned messages, skipped requests) for ``today``; writes nothing
    but the cached due dates."""
    from prr.core.settings import get_settings
    from prr.requests.request_letters import letter_channel

    settings = settings or get_settings()
    threshold = max(1, settings.followups_before_escalation)
    interval = max(1, settings.followup_interval_days)
    late = overdue_requests(conn, today)
    overdue, skipped, escalations = [], [], []
    by_city: dict[str, list[tuple[dict, Deadlines, dict]]] = {}
    for req, dl in late:
        hist = followup_history(events_for(conn, req["id"]))
        item = {"request_id": req["id"], "city": req["city_slug"], "status": req["status"],
                "subject": req.get("subject"), "due": dl.effective_due.isoformat(),
                "days_late": (today - dl.effective_due).days, "followups": hist["total"], "action": ""}
        overdue.append(item)
        if hist["escalated"]:
            item["action"] = "escalated already: waiting on the City Attorney"
        elif hist["unanswered"] >= threshold:
            item["action"] = "escalation"
            escalations.append(Planned(
                city=req["city_slug"], kind="escalation", request_ids=[req["id"]],
                to=_contact(conn, req["city_slug"], "attorney_email"),
                reason=f"{hist['unanswered']} unanswered follow-ups; due {fmt(dl.effective_due)}"))
        elif hist["last_on"] and (today - dt.date.fromisoformat(hist["last_on"])).days < interval:
            item["action"] = f"followed up {hist['last_on']}; next after {interval} days"
        else:
            item["action"] = "follow-up"
            # One letter per city and channel: a letter goes through the channel of the
            # requests it follows up, never another request's.
            by_city.setdefault((req["city_slug"], letter_channel(req, settings)), []).append((req, dl, hist))
        if item["action"] not in ("follow-up", "escalation"):
            skipped.append({"request_id": req["id"], "city": req["city_slug"], "reason": item["action"]})

    plans: list[Planned] = []
    for (city, (channel, why)), items in by_city.items():
        primary = items[0][0]
        others = items[1:]
        note = ""
        if others:
            lines = [f"- {r.get('subject') or r['kind']} (reference {r['token']}; determination due "
                     f"{_longdate(d.effective_due)})" for r, d, _ in others]
            note = ("The City also has not sent a determination on these other requests of mine, "
                    "which I ask it to treat as followed up by this letter too:\n" + "\n".join(lines))
        plans.append(Planned(
            city=city, kind="follow-up", request_ids=[r["id"] for r, _, _ in items], channel=channel,
            channel_reason=why,
            # For display: send_letter addresses it to the city's current records contact.
            to=_contact(conn, city, "records_email") or primary.get("recipient"), note=note,
            numbers={r["id"]: h["total"] + 1 for r, _, h in items},
            reason=f"due {fmt(items[0][1].effective_due)}, {_days(today - items[0][1].effective_due)} ago"))
    return overdue, plans + escalations, skipped


def _claim(conn: sqlite3.Connection, plan: Planned, today: dt.date) -> str | None:
    """Take today's follow-up slot of a city, or None if a run already took it."""
    day = today.isoformat()
    with write(conn):
        claims = {}
        for e in city_events(conn, plan.city, ["followup_claimed", "followup_failed"]):
            d = e["detail"]
            if d.get("on") != day:
                continue
            if d.get("channel", plan.channel) != plan.channel:
                continue
            if e["kind"] == "followup_claimed":
                claims[d["claim"]] = True
            else:
                claims.pop(d.get("claim"), None)
        sent_today = followup_sent_on(conn, plan.city, day, plan.channel)
        if claims or sent_today:
            return None
        claim = uuid.uuid4().hex[:12]
        add_event(conn, "followup_claimed", city_slug=plan.city, on=day, claim=claim,
                  request_ids=plan.request_ids, channel=plan.channel)
    return claim


def _send_followup(conn, plan: Planned, today: dt.date, settings) -> None:
    from prr.requests.filing import send_letter
    from prr.requests.request_letters import LetterUnconfirmed

    claim = _claim(conn, plan, today)
    if claim is None:
        plan.outcome, plan.reason = "skipped", "this city was already followed up today"
        return
    try:
        params = {"note": plan.note} if plan.note else {}
        comm_id = send_letter(conn, plan.request_ids[0], kind="follow-up", params=params, settings=settings,
                              today=today, channel=plan.channel or None)
        outcome = "written to outbox" if plan.channel == "outbox" else "sent"
    except LetterUnconfirmed as e:
        # It may have arrived: counted as sent (never sent twice), flagged for the user.
        comm_id, outcome = e.communication_id, "unconfirmed"
        plan.reason = str(e)
    except Exception as e:  # noqa: BLE001 - one city's failure must not stop the others
        add_event(conn, "followup_failed", city_slug=plan.city, on=today.isoformat(), claim=claim,
                  error=f"{type(e).__name__}: {e}")
        plan.outcome, plan.reason = "failed", f"{type(e).__name__}: {e}"
        return
    with write(conn):
        for rid in plan.request_ids:
            add_event(conn, "followup_sent", request_id=rid, city_slug=plan.city, on=today.isoformat(),
                      communication_id=comm_id, number=plan.numbers.get(rid, 1), digest_of=plan.request_ids,
                      claim=claim, channel=plan.channel, outcome=outcome)
    plan.outcome, plan.communication_id = outcome, comm_id


def _draft_escalation(conn, plan: Planned, today: dt.date, settings) -> None:
    """Render the City Attorney letter and keep it as a draft child request (parent_id),
    for a person to review and file; it is never sent automatically."""
    from prr.db.requests import get_request, insert_request
    from prr.requests.filing import request_context
    from prr.requests.letters import render_letter
    from prr.requests.tokens import new_token

    rid = plan.request_ids[0]
    if has_event(conn, rid, "escalation_drafted"):
        plan.outcome, plan.reason = "skipped", "escalation already drafted"
        return
    req = get_request(conn, rid)
    city = city_row(conn, req["city_slug"]) or {"slug": req["city_slug"]}
    context = request_context(conn, req)
    letter = render_letter("escalation", {}, city=city, profile=settings.profile, request=context,
                           dirs=settings.templates_dirs)
    with write(conn):
        if has_event(conn, rid, "escalation_drafted"):
            plan.outcome, plan.reason = "skipped", "escalation already drafted"
            return
        esc_id = insert_request(conn, city_slug=req["city_slug"], kind="escalation",
                                params={"about_request": rid}, dedupe_key=f"escalation:{rid}",
                                token=new_token(), subject=letter.subject, body=letter.body,
                                channel=req.get("channel"), recipient=plan.to, parent_id=rid)
        add_event(conn, "escalation_drafted", request_id=rid, city_slug=plan.city, on=today.isoformat(),
                  escalation_id=esc_id, to=plan.to, attorney_contact_missing=plan.to is None)
    plan.outcome, plan.escalation_id = "drafted", esc_id
    if plan.to is None:
        plan.reason = ("no City Attorney email in the registry (attorney_email): drafted without a recipient; "
                       "add the contact, then send the draft")


def execute_plan(conn: sqlite3.Connection, plan: Planned, today: dt.date, *, dry_run: bool = False,
                 settings=None) -> Planned:
    """Send one planned follow-up or draft one escalation; failures are recorded on the plan."""
    from prr.core.settings import get_settings

    settings = settings or get_settings()
    if dry_run:
        plan.outcome = ("would draft" if plan.kind != "follow-up" else
                        "would write to outbox" if plan.channel == "outbox" else "would send")
        return plan
    try:
        if plan.kind == "follow-up":
            _send_followup(conn, plan, today, settings)
        else:
            _draft_escalation(conn, plan, today, settings)
    except Exception as e:  # noqa: BLE001 - recorded; the other cities go on
        plan.outcome, plan.reason = "failed", f"{type(e).__name__}: {e}"
    return plan


def plan_from_json(data: dict) -> Planned:
    data = {k: v for k, v in data.items() if k in Planned.__dataclass_fields__}
    data["numbers"] = {int(k): v for k, v in (data.get("numbers") or {}).items()}
    return Planned(**data)


def failure_message(plan: Planned) -> str:
    return (f"{plan.kind} for {plan.city} (request {plan.request_ids[0]}): {plan.reason}. "
            "It will be retried on the next run.")


def run_followups(conn: sqlite3.Connection, *, today: dt.date | None = None, dry_run: bool = False,
                  settings=None) -> FollowupRun:
    """Plan and (unless ``dry_run``) send today's follow-ups and draft escalations."""
    from prr.core.settings import get_settings

    settings = settings or get_settings()
    today = today or local_today(settings.timezone)
    overdue, plans, skipped = plan_followups(conn, today, settings=settings)
    run = FollowupRun(today=today, dry_run=dry_run, overdue=overdue, skipped=skipped)
    run.messages = execute_plans(conn, plans, today, dry_run=dry_run, settings=settings)
    run.errors = [m["failure"] for m in run.messages if m.get("failure")]
    return run


def by_city(plans: list[Planned]) -> list[list[Planned]]:
    """Plans grouped by city: one city's messages go in order, cities are independent."""
    groups: dict[str, list[Planned]] = {}
    for plan in plans:
        groups.setdefault(plan.city, []).append(plan)
    return list(groups.values())


def execute_plans(conn: sqlite3.Connection, plans: list[Planned], today: dt.date, *, dry_run: bool,
                  settings) -> list[dict]:
    """Execute plans in order; each result is the plan's JSON (``failure`` set when it failed)."""
    out = []
    for plan in plans:
        execute_plan(conn, plan, today, dry_run=dry_run, settings=settings)
        (log.error if plan.outcome == "failed" else log.info)(
            "%s %s for %s, request(s) %s%s", plan.outcome, plan.kind, plan.city, plan.request_ids,
            f": {plan.reason}" if plan.reason else "")
        data = plan.to_json()
        if plan.outcome == "failed":
            data["failure"] = failure_message(plan)
        out.append(data)
    return out
