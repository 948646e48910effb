"""A form's labels as an OCR engine read them on a scanned page: written back as printed.

On a poor copy (a halftone screen behind a line, toner specks) the engine reads a label
with the slips it makes on marks: the colon closing it read as ``?``, ``;``, ``!``, ``.``,
doubled or set a space off (``CASE NO? 26-0309``, ``NATURE:: Theft``, ``NATURE : Theft``), a speck or a bracket glued before
it (``(CASE NO:``, ``==RECEIVED:``), or the colon lost before a wide gap. A label read so
is no label to the block readers, which find labels as words closed by a colon: the block
it opens is merged into the one above, its number lost.

Told from the document, not from any word: the page is a scan's OCR text (its lines carry
specks of several kinds, ``ocrspecks.specked``), and a label is a phrase of one to three
words in capitals that the document prints closed by its colon ``MIN_SEEN`` times or more
where labels stand (opening a line, or after a wide gap or a separator mark). There the
same words standing where labels stand, followed by a value, are that label: the misread
mark is read as its colon, the marks glued before it are blanked, and a colon lost before a
wide gap and a value holding a digit is put back at a line's opening. Each character keeps
its column. Words in capitals the document never prints as a label, and prose, are left as
they are.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.ocrspecks import specked
from prr.scrapers.incident_log.text import rewrite_lines

MIN_SEEN = 3
_MARKS = "|:.;,_—–~'‘’\"`*=°^()[]{}"
_MARK_SET = re.escape(_MARKS)
# a label as printed: capitals closed by a colon (a space before it as OCR sets it)
_PRINTED = re.compile(rf"(?<![^\s{_MARK_SET}])([A-Z]{{2,}}(?: [A-Z]{{2,}}){{0,2}}) ?:(?=\s|$)")
# a colon misread: one of these marks, or the colon doubled
_MISREAD = re.compile(r" ?(?:[?;!.]|::)(?=\s|$)")
_SEPARATORS = "|=—–-"


def mend_ocr_labels(page_texts: list[str]) -> list[str] | None:
    """The pages with their labels' misread colons and glued marks mended, or None."""
    scanned = [specked(t) for t in page_texts]
    if not any(scanned):
        return None
    seen: Counter = Counter()
    for text in page_texts:
        for line in text.split("\n"):
            for m in _PRINTED.finditer(line):
                if _label_position(line, m.start(1)):
                    seen[m.group(1)] += 1
    known = sorted((lab for lab, c in seen.items() if c >= MIN_SEEN), key=len, reverse=True)
    if not known:
        return None
    found = re.compile(rf"(?<![A-Za-z0-9])([{_MARK_SET}]{{0,2}})({'|'.join(map(re.escape, known))})(?![A-Za-z0-9])")
    return rewrite_lines(page_texts, scanned, lambda line, p, i: _mend_line(line, found))


def _label_position(line: str, start: int) -> bool:
    """Whether ``start`` is where a label stands: a line's opening (marks aside), after a
    wide gap, or after a separator mark between two pairs (``| RECEIVED:``)."""
    before = line[:start]
    if not before.strip(_MARKS + " \t"):
        return True
    if before.endswith("  ") or before.endswith("\t"):
        return True
    # a separator glued to the label or one space before it (``= RECEIVED``, ``=RECEIVED``)
    trimmed = before.rstrip(_MARKS)
    return before != trimmed and (trimmed == "" or trimmed.endswith(" ")) or before.rstrip()[-1:] in _SEPARATORS


def _mend_line(line: str, found: re.Pattern) -> str:
    pieces, last = [], 0
    for m in found.finditer(line):
        marks, label = m.group(1), m.group(2)
        if m.start() < last or not _label_position(line, m.start(2)):
            continue
        end = m.end()
        rest = line[end:]
        tail = _MISREAD.match(rest)
        if rest.startswith(" :") and not rest.startswith(" ::"):
            new = " " * len(marks) + label + ": "     # the colon set a space off: on the label
            end += 2
        elif rest.startswith(":") and not rest.startswith("::"):
            if not marks:
                continue
            new = " " * len(marks) + label          # marks glued before a label read right
        elif tail and rest[tail.end():].strip():
            mark = tail.group(0)
            new = " " * len(marks) + label + ":" + " " * (len(mark) - 1)
            end += len(mark)
        elif rest.startswith("  ") and not line[:m.start()].strip(_MARKS + " ") and \
                (value := rest.split()) and any(c.isdigit() for c in value[0]):
            new = " " * len(marks) + label + ":"     # the colon lost before a wide gap: in its first blank
            end += 1
        else:
            continue
        pieces.append(line[last:m.start()] + new)
        last = end
    if not pieces:
        return line
    return "".join(pieces) + line[last:]
