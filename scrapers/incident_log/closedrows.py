"""Time-led entries of a journal whose records close with their number, read as rows.

A station journal may print each entry as a paragraph led by its time in a margin of its
own, and close the entries that open a record with the record's number, in the sentence
that says so (``0912  Theft at the boat ramp. Linked to PK24/0997. Advised. Entered as
PK24/1000.``); its routine entries (the weather, a patrol, a radio check) carry
no number of that series. Read as rows of a time column and a text column, every entry is
a row. Told from the rows themselves: when nearly every row citing the series ends with a
number of it, the number printed in prose (a word before it on its line, one space apart:
no cell of a number column), those rows are the records, each numbered by its closing
number (one cited before it is an earlier record, related), and the rows citing none are
no records. The same rule as for hanging time-led entries (``hanging.py``), for entries
whose text stands at a gap after the time rather than hanging under it. Their values are
read from the sentences as there, where the rows name none.
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.logresult import MIN_RECORDS
from prr.scrapers.incident_log.text import shape

ALL_CLOSED = 0.95    # of the rows citing the series, those ending with a number of it
_FIELDS = ("type", "location", "disposition")
_STRIP = " .;,()[]"


def closing_rows(records: list[dict]) -> list[dict] | None:
    """The records closed by a number of the log's series, renumbered by it, or None when
    the rows are not a journal of such entries among routine ones."""
    if len(records) <= MIN_RECORDS:
        return None
    closing = {k: n for k, rec in enumerate(records) if (n := _closing_number(rec))}
    if len(closing) < MIN_RECORDS:
        return None
    series = Counter(shape(n) for n in closing.values()).most_common(1)[0][0]
    closing = {k: n for k, n in closing.items() if shape(n) == series}
    citing = sum(1 for rec in records if _cites(rec, series))
    if len(closing) < MIN_RECORDS or len(closing) < ALL_CLOSED * citing or len(closing) == len(records):
        return None
    # the rows left out must be unnumbered entries (a table's numbered rows are records anyway)
    if any(rec.get("record_no") or rec.get("case_no") for k, rec in enumerate(records) if k not in closing):
        return None
    kept = []
    for k, number in closing.items():
        rec = records[k]
        old = rec.get("record_no")
        related = [x for x in rec.get("related_numbers") or [] if x != number]
        if old and old != number and old not in related:
            related.insert(0, old)
        rec["record_no"], rec["related_numbers"] = number, related
        kept.append(rec)
    _sentence_values(kept, series)
    return kept


def _text(rec: dict) -> str:
    raw = rec.get("raw")
    return raw if isinstance(raw, str) else "\n".join(raw or [])


def _closing_number(rec: dict) -> str | None:
    """The number ending the row's text in a sentence (a word before it, one space apart,
    or the number alone on a wrapped line), or None."""
    text = _text(rec).rstrip()
    last_line = text.rsplit("\n", 1)[-1]
    head, _, last = last_line.rpartition(" ")
    number = last.strip(_STRIP)
    if not number or not any(c.isdigit() for c in number) or not any(c.isalpha() or c == "-" for c in number):
        return None
    if head.strip() and (head.endswith(" ") or not head[-1:].isalpha()):
        return None     # a cell at a gap: a number column
    if not head.strip() and not text[: -len(last_line)].strip():
        return None
    return number


def _cites(rec: dict, series: str) -> bool:
    return any(shape(w.strip(_STRIP)) == series for w in _text(rec).split())


def _sentence_values(records: list[dict], series: str) -> None:
    """Type, place and outcome from the entries' sentences (as for hanging entries), where
    the rows named none of them."""
    if any(rec.get(f) for rec in records for f in _FIELDS):
        return
    from prr.scrapers.incident_log import hanging  # (only for such journals)

    read = [hanging._values("0000 " + (rec.get("summary") or ""), series) for rec in records]
    hanging._name_parts(read)
    hanging._outcome_values(read)
    for rec, values in zip(records, read):
        rec["type"] = values.get("type") or values.get("what") or None
        rec["location"] = values.get("place") or _after_type(rec.get("summary") or "", rec["type"])
        rec["disposition"] = values.get("outcome") or None
    _later_type_place(records, series)


def _after_type(text: str, kind: str | None) -> str | None:
    """The words after the type and its joining word in lower case, to the sentence's end
    ("Theft at the boat ramp."): the place, where it has no house number or capital."""
    first = text.split(". ", 1)[0]
    if not kind or not first.startswith(kind + " "):
        return None
    join, _, place = first[len(kind) + 1:].partition(" ")
    return place.rstrip(".") or None if join.isalpha() and join.islower() and len(join) <= 4 else None


def _later_type_place(records: list[dict], series: str) -> None:
    """Entries whose first sentence names no place where nearly all others join type and
    place with one word ("Late, passed on by the depot, call 04/02 0256. Theft at 12 Elm St. ..."): the
    type and place of the first later sentence that joins them so (a lead-in before it)."""
    joins = Counter()
    for rec in records:
        if rec.get("location") and rec.get("type"):
            rest = (rec.get("summary") or "")[len(rec["type"]) + 1:].split(" ", 1)[0]
            joins[rest] += 1
    if not joins:
        return
    join, n = joins.most_common(1)[0]
    if n < 0.8 * len(records) or not join.isalpha() or not join.islower():
        return
    for rec in records:
        if rec.get("location"):
            continue
        for sentence in (rec.get("summary") or "").split(". ")[1:]:
            words = sentence.split()
            if join in words[1:6] and not any(shape(w.strip(_STRIP)) == series for w in words):
                k = words.index(join)
                rec["type"], rec["location"] = " ".join(words[:k]), " ".join(words[k + 1:]).rstrip(".") or None
                break
