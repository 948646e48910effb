"""Manual: a printable letter (HTML) for mail or counter delivery."""
from __future__ import annotations

import html

from prr.channels.base import Channel, Draft, Receipt
from prr.core.files import atomic_write

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
 @page {{ size: letter; margin: 1in; }}
 body {{ font: 12pt/1.45 Georgia, serif; max-width: 6.5in; margin: 0 auto; }}
 .from, .to, .date {{ margin-bottom: 1.2em; white-space: pre-line; }}
 .body {{ white-space: pre-wrap; }}
 .ref {{ font: 10pt monospace; color: #444; }}
</style></head>
<body>
<div class="from">{sender}</div>
<div class="date">{date}</div>
<div class="to">{to}</div>
<p><strong>Re: {subject}</strong></p>
<div class="body">{body}</div>
<p class="ref">Reference {token}</p>
</body></html>
"""


class ManualChannel(Channel):
    """Writes a printable letter (HTML, print to PDF from any browser) addressed to the
    city's office, for mail or counter delivery; the request waits for `prr request submitted`."""
    kind = "manual"
    needs = "address"
    idempotent = True

    def file(self, draft: Draft) -> Receipt:
        import datetime as dt

        from prr.requests.letters import signature

        p = draft.profile
        page = PAGE.format(
            title=html.escape(draft.subject), sender=html.escape(signature(p)),
            date=html.escape(f"{dt.date.today():%B} {dt.date.today().day}, {dt.date.today().year}"),
            to=html.escape(f"City Clerk, City of {draft.city_name}\n{draft.address or ''}"),
            subject=html.escape(draft.subject), body=html.escape(draft.body), token=html.escape(draft.token))
        path = self.settings.outbox_dir / "letters" / f"{draft.token}.html"
        atomic_write(path, page.encode("utf-8"))
        return Receipt(draft.request_id, self.kind, "awaiting_submission", draft.message_id, None,
                       path=str(path), detail={"path": str(path), "address": draft.address})

    def reconcile(self, draft: Draft) -> Receipt | None:
        return None
