"""The paragraphs of a prose log, as ``seriesentries.py`` reads its entries from them: runs
of text lines with no break between them, each line kept as a ``Piece`` with the page and
line it stands on."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from prr.scrapers.incident_log.firstindent import first_line_margins
from prr.scrapers.incident_log.nesteditems import is_item
from prr.scrapers.incident_log.paras import _ids
from prr.scrapers.incident_log.parse import Doc

SHORT = 0.6          # of the page's width: a line ending before it ends its paragraph
_GAP = re.compile(r"\S(\s{4,})\S")
JITTER = 4           # characters: how far a scan's OCR may set a line off the margin


@dataclass
class Piece:
    text: str
    page: int
    line: int
    nested: bool = False        # a sub-item under the entry (``nesteditems``)

    @cached_property
    def ids(self) -> list[str]:
        """The numbers the piece cites: found once, read by each step of the reader."""
        return _ids(self.text)


def text_paragraphs(doc: Doc, outer: int | None = None) -> list[list[Piece]]:
    """Runs of text lines with no break between them: a blank or furniture line, a line set
    further left than the one before (further right, where paragraphs are told by their
    first line's indent), or a margin label (a short cell set apart by a wide
    gap from the text after it on its line) each end one. ``outer``: the lead of a list's
    items; a short line at or left of it opening a page is a heading, not a wrapped line."""
    out: list[list[Piece]] = []
    block: list[Piece] = []
    indent = None
    width, last = _page_extent(doc)
    margins = first_line_margins(doc.lines, doc.skip, doc.pages)
    for i, line in enumerate(doc.lines):
        if i in doc.skip or not line.strip():
            if block and block[-1].line in last:
                continue        # a page break inside a paragraph: it goes on on the next page
            if block:
                out.append(block)
            block, indent = [], None
            continue
        lead = len(line) - len(line.lstrip())
        text = line.strip()
        if outer is not None and block and block[-1].line in last and lead <= outer and not is_item(line) \
                and len(line.rstrip()) < SHORT * width[doc.pages[i]]:
            out.append(block)       # a day's heading at the top of the page after a list item
            block, indent = [], None
        if margins and block and lead > margins.get(doc.pages[i], lead) + 1:
            out.append(block)       # a first line set in: a paragraph of its own (firstindent.py)
            block = []
        m = _GAP.search(text)
        if m and m.start(1) <= 24 and len(text[:m.start(1)].split()) <= 3:
            # a margin label: its own paragraph, the text after it opens the next
            if block:
                out.append(block)
            out.append([Piece(text[:m.start(1)], doc.pages[i], i)])
            block, text = [], text[m.end(1):]
        elif indent is not None and len(block) > 1 and lead < indent - 1 and not _jittered(doc, block, lead):
            # a line set further left than the one before (not the second line of a
            # paragraph: a first line indented further is the paragraph's own)
            out.append(block)
            block = []
        block.append(Piece(" ".join(text.split()), doc.pages[i], i))
        indent = lead if not m else lead + m.end(1)
        if len(line.rstrip()) < SHORT * width[doc.pages[i]]:
            out.append(block)       # a short line (a heading, a paragraph's last line) ends it
            block, indent = [], None
    if block:
        out.append(block)
    return out


def _jittered(doc: Doc, block: list[Piece], lead: int) -> bool:
    """Whether the one line before, set a few characters right, stands alone between lines of the
    paragraph at the margin (its second line or a later one): a scan's OCR sets a line a
    few characters off, and the paragraph's lines go on at the margin after it (a hanging
    indent sets every line after the first further right, not one)."""
    if len(block) < 3:
        return False
    set_right, before = doc.lines[block[-1].line], doc.lines[block[-2].line]
    shift = len(set_right) - len(set_right.lstrip()) - lead
    return 1 < shift <= JITTER and len(before) - len(before.lstrip()) <= lead + 1


def _page_extent(doc: Doc) -> tuple[dict[int, int], set[int]]:
    """How far each page's text lines reach, and each page's last line of text: one pass."""
    width: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, line in enumerate(doc.lines):
        if i not in doc.skip:
            page = doc.pages[i]
            width[page] = max(width.get(page, 0), len(line.rstrip()))
            if line.strip():
                last[page] = i
    return width, set(last.values())
