"""mbox files (one file, messages separated by ``From `` lines)."""
from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from prr.replies.sources.base import Source, SourceError


class MboxSource(Source):
    """Reads every message of an mbox file, read-only, in file order."""

    kind = "mbox"

    def messages(self) -> Iterator[tuple[str, bytes]]:
        path = Path(self.location)
        if not path.is_file():
            raise SourceError(f"mbox {path} not found")
        box = mailbox.mbox(str(path), create=False)
        try:
            for index, key in enumerate(box.iterkeys()):
                yield f"mbox:{path}#{index}", box.get_bytes(key)
        finally:
            box.close()
