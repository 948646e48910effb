"""Entries whose number heads a narrow side column of values stacked under it (date, time,
officer), the heading and narrative beside them: where that column is, and the entries
read with it. Called by ``entries.read_entries`` for three entries or more."""

from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.entryvalues import _GAP, _LABEL_LINE, _entry_values, _repeated_labels, name_read
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import DATE_ONLY_RE, TIME_ONLY_RE, indent


def raw_lines(doc, s: int, e: int) -> list[str]:
    return [doc.lines[i] for i in range(s, e) if i not in doc.skip and doc.lines[i].strip()]


def side_column(doc, spans: list[tuple[int, int]], ids: dict[int, str]) -> int | None:
    """Where the text starts when each entry's number heads a narrow column of values
    stacked under it (date, time, officer), the heading and narrative beside them
    ("FC25-3361    HARASSMENT — place" over "10/06/2025   An officer responded ..."):
    in nearly every entry the text of the number's line and of the lines below starts at
    one position, and two lines or more carry a value at the number's indent."""
    starts: Counter = Counter()
    shaped = []
    for s, e in spans:
        lines = raw_lines(doc, s, e)
        first = lines[0] if lines else ""
        x0 = indent(first)
        m = _GAP.search(first, x0 + len(ids.get(s, "")) - 1) if s in ids else None
        if m is None or len(lines) < 3:
            continue
        x = m.end()
        stacked = sum(1 for ln in lines[1:] if len(ln) > x and ln[x0] != " " and ln[x - 2:x] == "  "
                      and ln[x] != " ")
        beside = all(indent(ln) == x or (ln[x0] != " " and ln[x - 2:x] == "  ") for ln in lines[1:])
        # narrow beside the text: 20 columns, or a third of the text's width when it is wider
        if stacked >= 2 and beside and x - x0 <= max(20, (max(map(len, lines)) - x) // 3):
            shaped.append(x)
            starts[x] += 1
    if not starts or len(shaped) < 0.8 * len(spans):
        return None
    x, n = starts.most_common(1)[0]
    return x if n >= 0.8 * len(spans) else None


def read_side_headed(doc, spans, ids: dict[int, str], x: int, context) -> list[dict]:
    """Entries whose side column stacks the number, date, time and more: the date and time
    are the entry's, the other stacked values stay under "side (n)"; beside them, the first
    line is the heading (type, place), labelled lines go under their label and the rest
    is the narrative."""
    bodies, sides = [], []
    for s, e in spans:
        # the side column stays beside the entry's first lines: on a later page (which
        # pdftotext may set further left) every line is text
        on = [(ln, doc.pages[i] == doc.pages[s]) for i in range(s, e)
              if i not in doc.skip and (ln := doc.lines[i]).strip()]
        sides.append([ln[:x].strip() for ln, here in on[1:] if here and ln[:x].strip()])
        bodies.append([b for ln, here in on if (b := (ln[x:] if here else ln).strip())])
    labels = _repeated_labels(bodies)
    read = []
    for (s, _), side, body in zip(spans, sides, bodies):
        own = [ln for ln in body[1:] if not ((m := _LABEL_LINE.match(ln)) and m.group(1) in labels)]
        values = _entry_values([ids[s]] + body[:1] + own, ids[s], True)
        when = [v for v in side if DATE_ONLY_RE.match(v) or TIME_ONLY_RE.match(v)]
        if when:
            values["time"] = " ".join(when)
        for k, v in enumerate(v for v in side if v not in when):
            values["side" if k == 0 else f"side ({k + 1})"] = v
        for ln in body[1:]:
            m = _LABEL_LINE.match(ln)
            if m and m.group(1) in labels:
                values.setdefault(m.group(1), m.group(2))
        read.append(values)
    names = name_read(read)
    return [build(values, names, page=doc.pages[s], number=ids[s], raw=raw_lines(doc, s, e),
                  context_date=context[s]) for (s, e), values in zip(spans, read)]
