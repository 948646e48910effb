"""What extraction returns: a document made of pages, plus the log records found in it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

STATUSES = ("ok", "encrypted", "malformed", "empty", "too_large", "not_pdf", "timed_out", "error")


@dataclass
class Page:
    number: int                      # 1-based
    text: str = ""
    method: str = "text"             # text | ocr | none (no text layer and OCR unavailable or skipped)
    tables: list[list[list[str | None]]] = field(default_factory=list)
    part: str | None = None          # None: the PDF's own page; else the name of the attached file it is from

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Document:
    pages: list[Page] = field(default_factory=list)
    records: list[dict] = field(default_factory=list)
    status: str = "ok"
    error: str | None = None
    notes: list[str] = field(default_factory=list)   # recoverable problems (fallbacks used, OCR skipped)
    # What the incident-log reader found: records | empty_log | no_records_recognised |
    # not_read (records were not asked for, or the text is not from a layout-keeping reader)
    records_status: str = "not_read"
    records_reason: str | None = None
    layout_text: bool = False        # the text layer came from pdftotext -layout

    def parts(self) -> list[list[Page]]:
        """The pages by part: the PDF's own, then each attached file's (``attachments.py``)."""
        out: list[list[Page]] = []
        for p in self.pages:
            if out and out[-1][0].part == p.part:
                out[-1].append(p)
            else:
                out.append([p])
        return out

    @property
    def text(self) -> str:
        return "\n\f".join(p.text for p in self.pages)

    def to_json(self) -> dict:
        return {
            "pages": [p.to_json() for p in self.pages],
            "records": self.records,
            "status": self.status,
            "error": self.error,
            "notes": self.notes,
            "records_status": self.records_status,
            "records_reason": self.records_reason,
        }


class ExtractionError(Exception):
    """A document-level failure with the status it maps to."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status
