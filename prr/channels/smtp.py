"""SMTP: sends to the registry's records email through PRR_SMTP_URL."""
from __future__ import annotations

from prr.channels.base import Channel, ChannelError, Draft, Receipt
from prr.db.core import now_utc


def smtp_url(settings) -> str | None:
    from prr.core.secrets import get_secret
    from prr.core.settings import reveal

    return get_secret("PRR_SMTP_URL") or reveal(settings.smtp_url)


def journal_for(settings):
    from prr.channels.mail import SentJournal

    return SentJournal(settings.home / "sent-journal.jsonl")


class SmtpChannel(Channel):
    """Sends the letter by SMTP (PRR_SMTP_URL), retrying 4xx replies and connections lost
    before the message was handed over. The intent to send is journalled (fsync'd) before
    connecting and the server's 250 right after it: a crash in between leaves evidence
    that the outcome is unknown, so the letter is never sent twice."""
    kind = "smtp"
    options = {'PRR_SMTP_URL': 'smtp[s]://user:password@host:port (or the prr-smtp-url Secret block)', 'PRR_IMAP_URL': 'optional: its Sent folder is checked after a crash', 'records_email': "the city's contact the letter goes to"}
    sends_email = True

    def __init__(self, settings, **options):
        super().__init__(settings, **options)
        self._sender = options.get("sender")
        self._own_sender = False
        self.journal = journal_for(settings)

    @property
    def sender(self):
        if self._sender is None:
            from prr.channels.mail import SmtpSender, parse_smtp_url

            url = smtp_url(self.settings)
            if not url:
                raise ChannelError("the smtp channel needs PRR_SMTP_URL (e.g. smtp://user:password@host:587)",
                                   permanent=True)
            try:
                config = parse_smtp_url(url)
            except ValueError as e:
                raise ChannelError(f"PRR_SMTP_URL is not usable: {e}", permanent=True) from None
            self._sender = SmtpSender(config, **self.call_options.get("sender_options", {}))
            self._own_sender = True
        return self._sender

    def file(self, draft: Draft) -> Receipt:
        from prr.channels.mail import SendError

        msg = draft.message()
        sender = self.sender
        self.journal.append(draft.message_id, phase="sending", request_id=draft.request_id, token=draft.token,
                            to=draft.to)
        try:
            reply = sender.send(msg, from_addr=draft.from_addr)
        except SendError as e:
            raise ChannelError(str(e), permanent=e.permanent, unconfirmed=e.unconfirmed) from None
        sent_at = now_utc()
        self.journal.append(draft.message_id, phase="sent", request_id=draft.request_id, token=draft.token,
                            to=draft.to)
        return Receipt(draft.request_id, self.kind, "filed", draft.message_id, sent_at, to=draft.to,
                       detail={"server_reply": reply})

    def reconcile(self, draft: Draft) -> Receipt | None:
        entry = self.journal.find(draft.message_id)
        if entry is not None:
            return Receipt(draft.request_id, self.kind, "filed", draft.message_id, entry.get("at") or now_utc(),
                           to=draft.to, detail={"evidence": "sent journal"})
        if self.settings.imap_url:
            from prr.channels.mail import imap_sent_has
            from prr.core.settings import read_env, reveal

            folder = read_env().imap_sent_folder
            if imap_sent_has(reveal(self.settings.imap_url), draft.message_id, folder=folder):
                # The send time is not known here; filing uses the time the filing started.
                return Receipt(draft.request_id, self.kind, "filed", draft.message_id, None, to=draft.to,
                               detail={"evidence": "IMAP Sent folder"})
        return None

    def attempted(self, draft: Draft) -> bool:
        return self.journal.find(draft.message_id, phase="sending") is not None

    def close(self) -> None:
        if self._own_sender and self._sender is not None:
            self._sender.close()
            self._sender = None
