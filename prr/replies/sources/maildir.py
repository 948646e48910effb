"""Maildir folders (the default inbox is ``PRR_HOME/inbox``)."""
from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from prr.replies.sources.base import Source, SourceError, read_bounded


class MaildirSource(Source):
    """Reads every message in a Maildir's new/ and cur/, read-only (messages are not moved
    or flagged; duplicates are recognised by the ingest step)."""

    kind = "maildir"

    def __init__(self, location=None, *, settings=None, create: bool = False):
        if location is None:
            if settings is None:
                from prr.core.settings import get_settings

                settings = get_settings()
            location = settings.inbox_dir
            create = True
        super().__init__(location, settings=settings)
        self.create = create

    def messages(self) -> Iterator[tuple[str, bytes]]:
        path = Path(self.location)
        if self.create:
            for sub in ("new", "cur", "tmp"):
                (path / sub).mkdir(parents=True, exist_ok=True)
        if not path.is_dir():
            raise SourceError(f"Maildir {path} not found")
        box = mailbox.Maildir(str(path), factory=None, create=False)
        for key in sorted(box.iterkeys()):
            try:
                with box.get_file(key) as f:
                    raw = read_bounded(f, self.settings)
            except (KeyError, FileNotFoundError):   # delivered/moved by another program meanwhile
                continue
            yield f"maildir:{key}", raw
