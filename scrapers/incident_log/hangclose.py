"""Entries closed by their number in a log set with hanging indents: each entry opens at
the margin (a time, a place) and its wrapped lines hang deeper, so the next entry, not a
blank line, ends a paragraph ("0458  VESSEL ADRIFT ... / [deeper] ... Logged as incident
NH25-0612." then "0501  ..." at the margin). Lines at the margin without a number between
such entries (routine watch notes) belong to no entry.

Both tests read only the indents of the lines next to a closing number.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import DATE_ONLY_RE, SENTENCE_STOP, cells, indent, parse_datetime


def next_text(doc, i: int) -> int | None:
    """The line of text right under line ``i`` in its paragraph (page furniture passed
    over), or None where a blank line, a page break or the end comes first."""
    j = i + 1
    while j < len(doc.lines) and j in doc.skip:
        j += 1
    if j >= len(doc.lines) or not doc.lines[j].strip() or doc.pages[j] != doc.pages[i]:
        return None
    return j


def hanging_end(doc, i: int) -> bool:
    """Line ``i`` is a wrapped line of a hanging entry and the next line opens a new
    one at a shallower indent."""
    j = next_text(doc, i)
    return j is not None and indent(doc.lines[j]) < indent(doc.lines[i])


def ends_paragraph(doc, i: int) -> bool:
    """No text goes on under line ``i`` in its entry: a blank line, a page break or the
    end follows, or the next line opens a hanging entry at a shallower indent."""
    j = next_text(doc, i)
    return j is None or indent(doc.lines[j]) < indent(doc.lines[i])


def hanging_start(doc, s: int, e: int) -> int:
    """The first line of the hanging entry that closes at line ``e`` (not before ``s``):
    the nearest line above it at a shallower indent, so routine lines before it stay out."""
    if not hanging_end(doc, e):
        return s
    depth = indent(doc.lines[e])
    k = e
    while k > s and (k in doc.skip or not doc.lines[k].strip() or indent(doc.lines[k]) >= depth):
        k -= 1
    return k


def split_type_place(read: list[dict]) -> None:
    """A heading part that is, in nearly every entry, a category in capitals, a comma and
    a place in mixed case ("DISABLED VESSEL, Harbor Office Lot"): the type and the place,
    when the entry has neither yet."""
    parts = sorted({k for values in read for k in values if k.startswith("heading ")})
    for k in parts:
        vals = [values[k] for values in read if values.get(k)]
        if len(vals) < 0.8 * len(read):
            continue
        pairs = [v.split(", ", 1) for v in vals]
        if sum(1 for p in pairs if len(p) == 2 and p[0].isupper() and not p[1].isupper()) < 0.9 * len(vals):
            continue
        for values in read:
            head = values.get(k, "").split(", ", 1)
            if len(head) == 2 and head[0].isupper() and not values.get("type") and not values.get("location"):
                del values[k]
                values["type"], values["location"] = head
        return


def split_category_place(read: list[dict]) -> None:
    """A heading after the entry's time that is, in nearly every entry, a category, a comma
    and a place ("Welfare check, 4800 block of Hemlock Court"; "Supplement to 26-1174:
    Welfare check, ...", a note on another entry before a colon): the category is the type
    (a dash inside it, "Alarm - commercial", parts no heading) and the rest the place, when
    the categories recur (a few kinds) and the places mostly differ. The raw heading
    (``_head``) is dropped from every entry."""
    heads = [values.pop("_head", None) for values in read]
    # (one comma only: a heading of a list of details, "DWI, refusal, stop 2, 2008 SUV", names no place)
    pairs = [h.rsplit(": ", 1)[-1].split(", ") if h else [] for h in heads]
    both = [p for p in pairs if len(p) == 2 and p[0] and p[1]]
    if len(both) < 0.9 * len(read) or not both:
        return
    kinds, places = {p[0] for p in both}, {p[1] for p in both}
    if len(kinds) > 0.5 * len(both) or len(places) <= len(kinds):
        return
    for values, pair in zip(read, pairs):
        if len(pair) == 2 and not values.get("type") and not values.get("location"):
            for k in [k for k in values if k.startswith("heading ")]:
                del values[k]
            values["type"], values["location"] = pair


class HeadingDates:
    """``context[i]`` that also knows the date a section heading prints in its last cell
    ("FIRST WATCH 0000-0800      Monday, October 20, 2025"): that date where one is in
    force, else the date the document's own context gives."""

    def __init__(self, doc, context):
        self.doc, self.context, self.dates = doc, context, None

    def __getitem__(self, i: int):
        return lambda: self._heading(i) or self.context[i]()

    def _heading(self, i: int) -> str | None:
        if self.dates is None:
            self.dates, current = [], None
            for k, line in enumerate(self.doc.lines):
                cs = cells(line) if not self.doc.ids[k] else []
                if len(cs) == 2 and DATE_ONLY_RE.match(cs[1][2]):
                    current = parse_datetime(cs[1][2]) or current
                self.dates.append(current)
        return self.dates[i]


_OUTCOME_LABEL = re.compile(r"[A-Z][a-z]+: ")


def outcome_sentences(read: list[dict]) -> None:
    """The narrative's tail that leads to the closing number ("... Logged as incident"),
    the same words in nearly every entry, is dropped; then the last sentence, when it is
    one of a few recurring outcomes (their shapes, digits aside, repeat), is the outcome.
    Only entries written to such a form (a filing phrase before the number, or a narrative
    in every entry) are split; in free narratives the last sentences' shapes do not repeat
    and it stays part of the summary."""
    texts = [values.get("summary", "") for values in read]
    tails = Counter(t.rsplit(". ", 1)[-1] for t in texts if t and not t.endswith("."))
    if tails:
        tail, count = tails.most_common(1)[0]
        if count < 0.8 * len(read) or len(tail.split()) > 6:
            return
        for values in read:
            if values.get("summary", "").endswith(tail):
                values["summary"] = values["summary"][:-len(tail)].rstrip()
    elif sum(1 for t in texts if t) < 0.9 * len(read):
        return
    split = [SENTENCE_STOP.split(values.get("summary", "")) for values in read]
    if _labelled_outcomes(read, split):
        return
    if sum(1 for parts in split if len(parts) >= 2) < 0.9 * len(read):
        return
    shapes = Counter(re.sub(r"\d+", "0", parts[-1]) for parts in split if len(parts) >= 2)
    if len(shapes) > 0.25 * len(read) or shapes.most_common(1)[0][1] < 2:
        return
    if not tails and (len(shapes) < 2 or sorted(len(s.split()) for s in shapes)[len(shapes) // 2] > 8):
        return      # no filing phrase: only a few short outcomes, not one narrative sentence in all
    for values, parts in zip(read, split):
        if len(parts) >= 2 and not values.get("disposition"):
            values["disposition"] = parts[-1]
            if tails:       # a form: the outcome is its own part; a free narrative keeps it too
                values["summary"] = ". ".join(parts[:-1]) + "."
                # its full stop closed the sentence before the filing phrase: no part of it
                values["disposition"] = parts[-1].removesuffix(".")
    # the outcome after the same label naming it in nearly every entry ("Status: Closed."): the label
    # is no part of it (a state before the outcome, "Closed: Report Taken.", is)
    labels = Counter(m.group(0) for values in read for m in [_OUTCOME_LABEL.match(values.get("disposition") or "")] if m)
    label, count = labels.most_common(1)[0] if labels else ("", 0)
    if count >= 0.8 * len(read) and column_for(label.rstrip(": ")) == "disposition":
        for values in read:
            outcome = values.get("disposition") or ""
            if outcome.startswith(label):
                values["disposition"] = outcome[len(label):].strip().rstrip(".")
                if values.get("summary", "").endswith(outcome):      # its own part, not the narrative's
                    values["summary"] = values["summary"][:-len(outcome)].rstrip()


def _labelled_outcomes(read: list[dict], split: list[list[str]]) -> bool:
    """A sentence opened by a label naming the outcome ("Disposition: Unfounded.") before the
    last one in nearly every entry: its value is the outcome, not the last sentence (an
    officer's badge after it, "Officer #41.")."""
    found = []
    for parts in split:
        own = [(k, m) for k, part in enumerate(parts) if (m := _OUTCOME_LABEL.match(part))
               and column_for(m.group(0).rstrip(": ")) == "disposition"]
        found.append(own[0] if len(own) == 1 else None)
    # (closing the entry, the labelled outcome is the last sentence anyway: read below)
    if sum(1 for x, parts in zip(found, split) if x and x[0] < len(parts) - 1) < 0.8 * len(read):
        return False
    for values, parts, x in zip(read, split, found):
        if x is None or values.get("disposition"):
            continue
        k, m = x
        values["disposition"] = parts[k][m.end():].strip().rstrip(".")
        # (the split took each full stop but the last: put back between the sentences kept)
        kept = [p.rstrip(".") for j, p in enumerate(parts) if j != k]
        values["summary"] = ". ".join(kept) + "." if kept else ""
    return True
