"""GovQA portals: assisted filing (the portal needs an account and a person at the form)."""
from __future__ import annotations

import json

from prr.channels.base import Channel, Draft, Receipt
from prr.core.files import atomic_write


def govqa_fields(draft: Draft) -> dict[str, str]:
    """The values to paste into a GovQA public records request form, in its order."""
    p = draft.profile
    return {
        "First Name": (p.get("name") or "").split(" ")[0],
        "Last Name": " ".join((p.get("name") or "").split(" ")[1:]),
        "Email Address": p.get("email", ""),
        "Phone": p.get("phone", ""),
        "Address": p.get("address", ""),
        "Company/Organization": p.get("organisation", ""),
        "Type of Request": "Public Records Request",
        "Describe the Record(s) Requested": f"{draft.body.strip()}",
        "Reference": draft.token,
        "Preferred Method to Receive Records": "Electronic via Records Center",
    }


class GovQAChannel(Channel):
    """Assisted filing for GovQA portals: saves the filled-in field values and the portal
    URL and marks the request awaiting_submission until its reference number is recorded."""
    kind = "govqa"
    needs = "portal_url"
    idempotent = True

    def file(self, draft: Draft) -> Receipt:
        fields = govqa_fields(draft)
        path = self.settings.outbox_dir / "govqa" / f"{draft.token}.json"
        atomic_write(path, json.dumps({"portal_url": draft.portal_url, "subject": draft.subject,
                                       "fields": fields}, indent=2).encode())
        return Receipt(draft.request_id, self.kind, "awaiting_submission", draft.message_id, None, path=str(path),
                       detail={"portal_url": draft.portal_url, "fields": fields, "path": str(path)})

    def reconcile(self, draft: Draft) -> Receipt | None:
        return None   # preparing again only rewrites the same file
