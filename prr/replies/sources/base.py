"""Reply sources: where raw RFC 5322 messages come from.

A source yields ``(source_ref, raw_bytes)`` pairs. Sources that can resume where they
stopped (IMAP) expose a ``state_key`` and take part in checkpointing: the ingest loop
calls :meth:`Source.resume` with the stored position before reading and
:meth:`Source.checkpoint` after each message is safely in the database, and saves
what it returns. A source never changes the mailbox it reads unless told to.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from prr.core.plugins import Plugin


class SourceError(Exception):
    """The source itself failed (unreachable server, missing folder); messages already
    read are kept and the next run resumes."""


class Source(Plugin):
    """Family of reply sources, registered by ``kind``."""

    registry: ClassVar[dict[str, type]] = {}
    contract = ("messages", "describe")

    def __init__(self, location: str | Path | None = None, *, settings=None):
        self.location = location
        self.settings = settings

    def messages(self) -> Iterator[tuple[str, bytes]]:
        raise NotImplementedError

    def describe(self) -> str:
        """Human-readable name, without secrets."""
        return f"{self.kind}:{self.location}"

    # Incremental sources override these three.
    state_key: str | None = None

    def resume(self, state: dict | None) -> None:
        """Start after a stored position (``prr.db.replies.get_source_state`` row)."""

    def checkpoint(self, source_ref: str) -> dict | None:
        """Position to store once ``source_ref`` is committed; None when nothing to store."""
        return None

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @classmethod
    def check_contract(cls, member: type) -> None:
        assert member.messages is not Source.messages, f"{member.__name__} must implement messages()"


def read_bounded(f, settings=None) -> bytes:
    """A message file's bytes, at most one byte past the message size limit: a larger
    message is recorded as too large from its headers (the file itself stays where it is)
    instead of being read whole into memory."""
    if settings is None:
        from prr.core.settings import get_settings

        settings = get_settings()
    return f.read(settings.limits.message_bytes + 1)


def source_for_path(path: str | Path, *, settings=None) -> Source:
    """The right source for a path given on the command line: a Maildir (or any folder of
    messages), an mbox file, or a single .eml file."""
    from prr.replies.sources.eml import EmlSource
    from prr.replies.sources.maildir import MaildirSource
    from prr.replies.sources.mbox import MboxSource

    p = Path(path)
    if p.is_dir():
        if (p / "cur").is_dir() or (p / "new").is_dir():
            return MaildirSource(p, settings=settings)
        return EmlSource(p, settings=settings)
    if not p.exists():
        raise SourceError(f"{p} does not exist")
    if p.suffix.lower() in (".mbox", ".mbx") or _looks_like_mbox(p):
        return MboxSource(p, settings=settings)
    return EmlSource(p, settings=settings)


def _looks_like_mbox(p: Path) -> bool:
    with open(p, "rb") as f:
        return f.read(5) == b"From "
