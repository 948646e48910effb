"""Paragraphs closed by their reference in brackets: a watch summary, a shift digest, a
press log whose entries each read as one paragraph, ``type, place. what happened. the
outcome. (DR 25-06621)``, the time in a gutter left of it, day headings between.

The readers before take the paragraph as one cell beside its time (a table of two
columns, or free text): the number is found (it is the one id of the paragraph) but

- the bracket holds the number with its series' letters and nothing else; the letters are
  then the number as the document cites it, wherever it cites it (a letter or a
  declaration naming an entry says "DR 25-06658" too), not a label: a label has its own
  words around it ("case FS25-1113", "DR 25-104101 at 00:01:26"), a bracket only the
  reference. A paragraph wrapping inside the bracket, between the letters and the number,
  printed them on two lines, so the letters were not seen as the number's at all;
- the values are not cells of a table but parts of the paragraph, which was read as one
  cell: its first sentence is the type, a comma, then the place; its last sentence
  (before the bracket) the outcome; those between the summary. (Where a paragraph reader
  has parted the entry already, its values are kept.)

Told from the records read: nearly every one of the first ones ends with a bracket holding
its own number (after one word of capital letters, or alone), its number printed nowhere
else in it, its text a paragraph of sentences. Other logs pay a look at the last character
of a sample of records."""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.issuermark import marks_cited_numbers

MIN_RECORDS = 5
SAMPLE = 30
SHARE = 0.9
# the bracket closing the paragraph, holding the reference alone (a full stop may follow)
_CLOSING = re.compile(r"[(\[]([^()\[\]]{3,40})[)\]]\.?$")
_LETTERS = re.compile(r"^[A-Z]{1,6}$")
# words spelled out that say what the number is ("(CASE 25-0012)", "(REPORT 25-0012)"):
# a label even in a bracket, not the series' letters
_LABEL_WORDS = {"NO", "NUM", "NUMBER", "ID", "CASE", "EVENT", "INCIDENT", "CALL", "LOG", "RECORD", "ENTRY",
                "ITEM", "REPORT", "FILE", "SEE"}
# the entry's time in the gutter before its text ("0614", "06:14", "0614 hrs")
_LEAD_CLOCK = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|[0-2]\d[0-5]\d)(?:\s*hrs\b)?\s+(?=\S)", re.I)
# a sentence ends at a full stop, ! or ? before a capital or a bracket, not after an
# initial ("N. Main St")
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z]\.)(?<=[.!?])[\"')\]]?\s+(?=[A-Z\[(\"])")
_TYPE_AT = re.compile(r"^([A-Z][^,.;:]{2,60}?) at (\d.*)$")
MAX_TYPE_WORDS = 6


def read_closing_references(records: list[dict]) -> bool:
    """Records whose paragraphs close with their reference in brackets read again, in
    place: the number as the bracket cites it, the values from the paragraph's sentences.
    True when the layout was found."""
    if len(records) < MIN_RECORDS:
        return False
    sample = [r for r in records[:SAMPLE] if r.get("record_no")]
    if len(sample) < MIN_RECORDS or sum(map(_ends_bracketed, sample[:3])) < 2:
        return False            # (the cheap look: a paragraph closed by a bracket)
    closings = [c for c in map(_closing, sample) if c is not None]
    if len(closings) < SHARE * len(sample):
        return False
    word, n = Counter(letters for letters, _ in closings).most_common(1)[0]
    joined = bool(word) and n >= SHARE * len(closings) and word not in _LABEL_WORDS
    # (unless the entries print the word before numbers they cite too: the issuer's mark)
    joined = joined and not marks_cited_numbers(records, word)
    for rec in records:
        found = _closing(rec)
        if found is None:
            continue
        letters, body = found
        number = rec["record_no"]
        if joined and letters == word:
            rec["record_no"] = f"{word} {number}"
        _paragraph_values(rec, body)
        rec["related_numbers"] = [x for x in rec.get("related_numbers") or ()
                                  if x not in (number, rec["record_no"])]
    return True


def _ends_bracketed(rec: dict) -> bool:
    tail = str(rec.get("raw") or "").rstrip()[-2:]
    return tail.endswith((")", "]")) or tail in (").", "].")


def _closing(rec: dict) -> tuple[str, str] | None:
    """(the letters before the number in the closing bracket, or "", the paragraph before
    the bracket), or None when the record is not such a paragraph."""
    number = rec.get("record_no")
    if not number or not _ends_bracketed(rec):
        return None
    text = " ".join(str(rec["raw"]).split())
    m = _CLOSING.search(text)
    if m is None:
        return None
    inside = m.group(1).strip()
    if inside == number:
        letters = ""
    elif inside.endswith(" " + number) and _LETTERS.match(inside[:-len(number) - 1]):
        letters = inside[:-len(number) - 1]
    else:
        return None
    body = _LEAD_CLOCK.sub("", text[:m.start()].strip(), count=1)
    if number in body or len(_sentences(body)) < 2:
        return None             # (a row citing its number in a column too; a line, no paragraph)
    return letters, body


def _sentences(body: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(body) if s.strip()]


def _paragraph_values(rec: dict, body: str) -> None:
    """Type and place from the first sentence, the outcome from the last, the summary
    from those between; only where the paragraph was read as one cell (a reader that
    parted it has named its values already)."""
    whole = [k for k, v in (rec.get("fields") or {}).items() if isinstance(v, str) and body in " ".join(v.split())]
    if not whole:
        return
    sentences = _sentences(body)
    first = sentences[0].rstrip(".")
    kind = place = None
    m = _TYPE_AT.match(first)
    if "," in first:
        kind, place = (v.strip() for v in first.split(",", 1))
    elif m:
        kind, place = m.group(1).strip(), m.group(2).strip()
    if kind is not None and (len(kind.split()) > MAX_TYPE_WORDS or not place):
        kind = place = None
    told = sentences[1:-1] if kind is not None else sentences[:-1]
    values = {"type": kind, "location": place, "disposition": sentences[-1].rstrip("."),
              "summary": " ".join(told) or None}
    fields = rec.setdefault("fields", {})
    for key in whole:
        del fields[key]         # (the paragraph as one cell: read into its parts below)
    for key, value in values.items():
        rec[key] = value
        if value:
            fields[key] = value
    rec["offences"] = [kind] if kind else []
