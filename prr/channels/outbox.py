"""Outbox: complete .eml files in PRR_HOME/outbox; nothing leaves the machine."""
from __future__ import annotations

import hashlib
from datetime import UTC
from pathlib import Path

from prr.channels.base import Channel, Draft, Receipt
from prr.core.files import atomic_write
from prr.db.core import now_utc


class OutboxChannel(Channel):
    """Writes each letter as a complete RFC 5322 .eml file to PRR_HOME/outbox, to send by hand."""
    kind = "outbox"
    sends_email = True

    def path_for(self, draft: Draft) -> Path:
        digest = hashlib.sha1(draft.message_id.encode()).hexdigest()[:10]
        return self.settings.outbox_dir / f"{draft.token}-{digest}.eml"

    def file(self, draft: Draft) -> Receipt:
        msg = draft.message()
        path = self.path_for(draft)
        atomic_write(path, msg.as_bytes())
        return Receipt(draft.request_id, self.kind, "filed", draft.message_id, now_utc(), to=draft.to,
                       path=str(path), detail={"path": str(path)})

    def reconcile(self, draft: Draft) -> Receipt | None:
        path = self.path_for(draft)
        if not path.exists():
            return None
        from datetime import datetime

        written = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0).isoformat()
        return Receipt(draft.request_id, self.kind, "filed", draft.message_id, written, to=draft.to,
                       path=str(path), detail={"path": str(path), "evidence": "outbox file"})
