"""Outbox: complete .eml files in PRR_HOME/outbox; nothing leaves the machine."""
from __future__ import annotations

import hashlib
from pathlib import Path

from prr.channels.base import Channel, Draft, Receipt
from prr.core.files import atomic_write


class OutboxChannel(Channel):
    """Writes each letter as a complete RFC 5322 .eml file to PRR_HOME/outbox, to send by hand.
    Nothing has reached the city: the request is ``ready_to_send`` until the user says it
    was sent (`prr request sent ID`)."""
    kind = "outbox"
    sends_email = True
    idempotent = True

    def path_for(self, draft: Draft) -> Path:
        digest = hashlib.sha1(draft.message_id.encode()).hexdigest()[:10]
        return self.settings.outbox_dir / f"{draft.token}-{digest}.eml"

    def file(self, draft: Draft) -> Receipt:
        msg = draft.message()
        path = self.path_for(draft)
        atomic_write(path, msg.as_bytes())
        return Receipt(draft.request_id, self.kind, "ready_to_send", draft.message_id, None, to=draft.to,
                       path=str(path), detail={"path": str(path)})

    def reconcile(self, draft: Draft) -> Receipt | None:
        path = self.path_for(draft)
        if not path.exists():
            return None
        return Receipt(draft.request_id, self.kind, "ready_to_send", draft.message_id, None, to=draft.to,
                       path=str(path), detail={"path": str(path), "evidence": "outbox file"})
