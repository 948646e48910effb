"""NextRequest portals: submits the public request form and keeps the portal's number."""
from __future__ import annotations

from prr.channels.base import Channel, ChannelError, Draft, Receipt
from prr.channels.smtp import journal_for
from prr.db.core import now_utc


class NextRequestChannel(Channel):
    """Files through a NextRequest portal's public form (CSRF token and session cookie
    carried), reads the confirmation and stores the portal's request number."""
    kind = "nextrequest"
    needs = "portal_url"

    def file(self, draft: Draft) -> Receipt:
        from prr.scrapers.portals.nextrequest import PortalError, submit_request

        if not draft.portal_url:
            raise ChannelError(f"{draft.city_name} has no NextRequest portal URL", permanent=True)
        description = f"{draft.subject}\n\n{draft.body}"
        p = draft.profile
        journal_for(self.settings).append(draft.message_id, phase="sending", request_id=draft.request_id,
                                          token=draft.token, portal_url=draft.portal_url)
        try:
            conf = submit_request(draft.portal_url, description=description, email=p.get("email", ""),
                                  name=p.get("name", ""), phone=p.get("phone", ""), address=p.get("address", ""),
                                  organisation=p.get("organisation", ""), user_agent=self.settings.user_agent)
        except PortalError as e:
            raise ChannelError(str(e), permanent=e.permanent) from None
        sent_at = now_utc()
        journal_for(self.settings).append(draft.message_id, phase="sent", request_id=draft.request_id,
                                          token=draft.token, portal_url=draft.portal_url,
                                          tracking_number=conf.number)
        return Receipt(draft.request_id, self.kind, "filed", draft.message_id, sent_at,
                       tracking_number=conf.number,
                       detail={"portal_url": draft.portal_url, "confirmation_url": conf.url,
                               "request_number": conf.number})

    def attempted(self, draft: Draft) -> bool:
        # A second submission would be a second request: only a run that never reached the
        # form may submit again.
        return journal_for(self.settings).find(draft.message_id, phase="sending") is not None

    def reconcile(self, draft: Draft) -> Receipt | None:
        entry = journal_for(self.settings).find(draft.message_id)
        if entry is None:
            return None
        return Receipt(draft.request_id, self.kind, "filed", draft.message_id, entry.get("at") or now_utc(),
                       tracking_number=entry.get("tracking_number"),
                       detail={"portal_url": entry.get("portal_url"), "evidence": "sent journal",
                               "request_number": entry.get("tracking_number")})
