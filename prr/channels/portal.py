"""Filing through a records-request portal (a :class:`prr.scrapers.portals.Portal`): the
sent journal around the submission, and the Receipt with the portal's request number."""
from __future__ import annotations

from typing import ClassVar

from prr.channels.base import Channel, ChannelError, Draft, Receipt
from prr.channels.smtp import journal_for
from prr.db.core import now_utc


class PortalChannel(Channel):
    """Files through the portal plugin named by ``portal`` (no ``kind`` here: each vendor's
    channel subclasses this with its kind, e.g. :class:`prr.channels.nextrequest.NextRequestChannel`)."""

    portal: ClassVar[str] = ""          # kind of the Portal plugin that submits the form
    portal_name: ClassVar[str] = "records"   # the vendor's name in messages
    needs = "portal_url"

    def file(self, draft: Draft) -> Receipt:
        from prr.scrapers.portals import Portal, PortalError

        if not draft.portal_url:
            raise ChannelError(f"{draft.city_name} has no {self.portal_name} portal URL", permanent=True)
        try:
            portal = Portal.get(self.portal)()
        except KeyError as e:
            raise ChannelError(f"{e.args[0]} (install the package that provides it)", permanent=True) from None
        p = draft.profile
        journal_for(self.settings).append(draft.message_id, phase="sending", request_id=draft.request_id,
                                          token=draft.token, portal_url=draft.portal_url)
        try:
            conf = portal.submit(draft.portal_url, description=f"{draft.subject}\n\n{draft.body}",
                                 email=p.get("email", ""), name=p.get("name", ""), phone=p.get("phone", ""),
                                 address=p.get("address", ""), organisation=p.get("organisation", ""),
                                 user_agent=self.settings.user_agent)
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
