"""The letters ``prr followups --dry-run`` would send, rendered without sending anything."""
from __future__ import annotations

from prr.channels.mail import subject_with_token
from prr.db import requests as store
from prr.requests.filing_common import _city, _settings, _template
from prr.requests.letters import render


def preview_planned(conn, plan, settings=None) -> dict:
    """{"kind", "request_id", "from", "to", "subject", "body"} of one planned follow-up or
    escalation (prr.followups.Planned), as it would be written today."""
    from prr.requests.request_letters import determination_due, request_context

    settings = _settings(settings)
    request = store.get_request(conn, plan.request_ids[0])
    city = _city(conn, request["city_slug"])
    tpl = _template(plan.kind, settings)
    ctx = request_context(conn, request)
    deadlines = determination_due(conn, request)
    if deadlines is not None:
        ctx["due_on"] = deadlines.due.isoformat() if deadlines.due else None
        ctx["extended_due_on"] = deadlines.extended_due.isoformat() if deadlines.extended_due else None
    params = {"note": plan.note} if plan.note and "note" in tpl.meta.params else {}
    letter = render(tpl, params, city=city, profile=settings.profile, request=ctx, token=request["token"],
                    allow_unknown=True)
    return {"kind": plan.kind, "request_id": request["id"], "from": f"{settings.profile.name} <{settings.profile.email}>",
            "to": plan.to, "subject": subject_with_token(letter.subject, request["token"]), "body": letter.body}
