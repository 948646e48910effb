"""Alerts for acted-on breach entries: a title and a markdown body per outcome."""
from __future__ import annotations

from typing import TYPE_CHECKING

from prr.breaches.notice_facts import _squash

if TYPE_CHECKING:
    from prr.breaches.breaches import EntryOutcome


def alert_title(o: EntryOutcome) -> str:
    return f"Data breach: {o.organization} matched {o.city_slug}"


def alert_markdown(o: EntryOutcome) -> str:
    lines = [f"### {alert_title(o)}", ""]
    if o.match_score is not None:
        lines.append(f"- match: score {o.match_score:.2f}, {o.match_reason}")
    lines.append(f"- sample notice: {o.notice_url or 'not found'}")
    if o.params:
        lines.append(f"- incident-logs request: {o.params.get('start')} to {o.params.get('end')}")
    if o.request_id:
        what = {"filed": "filed", "awaiting_submission": "awaiting submission on the city's portal",
                "ready_to_send": f"written to the outbox: send it, then `prr request sent {o.request_id}`",
                "send_unconfirmed": "sent, but the server did not confirm it: check before resending",
                "existing": "already covers these dates (no new draft)"}.get(
            o.status, "drafted (not filed: filing is opt-in)")
        lines.append(f"- request #{o.request_id} {what}")
    if o.error:
        lines.append(f"- problem: {o.error} (retried on the next check)")
    facts = o.facts or {}
    if facts.get("what_happened"):
        lines += ["", "> " + _squash(facts["what_happened"], 600)]
    if facts.get("data_types"):
        lines += ["", f"Information involved: {', '.join(facts['data_types'])}"]
    if facts.get("error"):
        lines += ["", f"Notice: {facts['error']}"]
    return "\n".join(lines)


def notify(outcomes: list[EntryOutcome], settings) -> dict:
    """Send one alert per outcome through the configured alert senders (apprise when
    PRR_APPRISE_URLS is set)."""
    from prr.core.alerts import send_alerts

    return send_alerts([(alert_title(o), alert_markdown(o)) for o in outcomes], settings)
