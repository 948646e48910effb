"""Single ``.eml`` files, or every file in a folder of them."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from prr.replies.sources.base import Source, SourceError, read_bounded


class EmlSource(Source):
    """Reads one .eml file, or every regular file under a folder (sorted by path)."""

    kind = "eml"

    def _paths(self) -> list[Path]:
        p = Path(self.location)
        if p.is_dir():
            return sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        if not p.is_file():
            raise SourceError(f"{p} is not a file or folder")
        return [p]

    def messages(self) -> Iterator[tuple[str, bytes]]:
        for path in self._paths():
            with open(path, "rb") as f:
                yield f"eml:{path}", read_bounded(f, self.settings)
