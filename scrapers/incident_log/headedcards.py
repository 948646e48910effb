"""Cards headed by a line of cells, the number first, over lines of their own: no column
titles and no labels name their values.

A records system's export prints each case as a heading line (the number, the type, a
status at the right) over a place and a list of what happened: a timeline of events,
the first one dated, the later ones a time only. Read as table rows the heading's cells
and the lines under it run into one untitled column and name nothing. Read as cards,
their values are named by what they are: the cell after the number is the type when the
types repeat like categories, the last one the outcome when it does too (three cells or
more); the first line under the heading that reads as an address the location; the first
date with its time the reported time. Times printed alone under it are later events of the
card (dispatched, cleared), not when it was reported: they stay in the summary with their
events. Tried only where the rows carry no type, date or place as a table. A number of
another series wrapped to a line's start inside a card's text opens no card: its lines
go on the card above (a number that card cites).
"""
from __future__ import annotations

from prr.scrapers.incident_log.fields import ADDRESS
from prr.scrapers.incident_log.logresult import MIN_RECORDS
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import DATETIME_RE, TIME_ONLY_RE, cells

MIN_SHARE = 0.8         # share of cards headed by their number and two to four cells
_BULLET = "•·●○◦▪■□▫◆◇-*|> "
_NAMES = {"type": "type", "status": "disposition", "place": "location", "date": "reported_at",
          "events": "summary"}


def read_headed_cards(doc, record_spans, numbers: dict[int, str], context) -> list[dict] | None:
    """One record per card, or None when the blocks are not headed so."""
    cards = [_card(doc, s, e, numbers.get(k)) for k, (s, e) in enumerate(record_spans)]
    heads = [c[0] for c in cards if c]
    if len(heads) < MIN_RECORDS or len(heads) < MIN_SHARE * len(record_spans):
        return None
    kinds = [h[0] for h in heads]
    if not 2 <= len(set(kinds)) <= 0.5 * len(kinds):
        return None         # no categories (a title, a name), or one word on every card (a caption)
    outcomes = [h[-1] for h in heads if len(h) >= 2]
    with_outcome = len(outcomes) >= MIN_SHARE * len(heads) and 2 <= len(set(outcomes)) <= 0.5 * len(outcomes)
    out = []
    for k, (s, e) in _merged(doc, record_spans, [bool(c) for c in cards]):
        head, body = _card(doc, s, e, numbers[k]) or cards[k]      # (its heading, the lines it took on too)
        values = {"type": head[0], **({"status": head[-1]} if with_outcome and len(head) >= 2 else {})}
        values.update(_body_values(body))
        names = {n: _NAMES.get(n) for n in values}
        out.append(build(values, names, page=doc.pages[s], number=numbers[k], raw=[doc.lines[s], *body],
                         context_date=context[s]))
    return out


def card_spans(doc, record_spans, numbers: dict[int, str]) -> list[tuple[int, int]]:
    """The lines of each card read, in order (for the numbers each card cites)."""
    headed = [bool(_card(doc, s, e, numbers.get(k))) for k, (s, e) in enumerate(record_spans)]
    return [span for _, span in _merged(doc, record_spans, headed)]


def _merged(doc, record_spans, headed: list[bool]) -> list[tuple[int, tuple[int, int]]]:
    """The spans headed as cards, each with its index. A span whose number is no heading
    but opens a line set where the card above sets its text (a number of another series
    wrapped to a line's start in the middle of a card's text) goes on that card; other
    spans without a heading are no card."""
    out: list[tuple[int, tuple[int, int]]] = []
    for k, (s, e) in enumerate(record_spans):
        if headed[k]:
            out.append((k, (s, e)))
        elif out and _goes_on(doc, out[-1][1], s):
            out[-1] = (out[-1][0], (out[-1][1][0], e))
    return out


def _goes_on(doc, card: tuple[int, int], s: int) -> bool:
    """Line ``s`` is set at the indent of the card's last line of text above it (not its heading)."""
    above = [i for i in range(card[0] + 1, s) if i not in doc.skip and doc.lines[i].strip()]
    if not above:
        return False
    line, last = doc.lines[s], doc.lines[above[-1]]
    return len(line) - len(line.lstrip()) == len(last) - len(last.lstrip())


def _card(doc, s: int, e: int, number: str | None) -> tuple[list[str], list[str]] | None:
    """The heading's cells after the number and the card's other lines, or None."""
    lines = [doc.lines[i] for i in range(s, e) if i not in doc.skip and doc.lines[i].strip()]
    if not number or not lines:
        return None
    found = [c[2] for c in cells(lines[0])]
    if found[0].lstrip("#") != number or not 2 <= len(found) <= 4:
        return None
    return [c.lstrip(_BULLET).strip() for c in found[1:]], lines[1:]


def _body_values(body: list[str]) -> dict[str, str]:
    """The place, the first date with its time, the events' words (their times left out)."""
    values: dict[str, str] = {}
    events = []
    for line in body:
        text = line.strip().lstrip(_BULLET).strip()
        dated = DATETIME_RE.search(text)
        if dated and "date" not in values:
            values["date"] = dated.group(0).strip()
        parts = [c[2] for c in cells(text)]
        if dated:
            parts = [p for p in parts if not DATETIME_RE.fullmatch(p.strip())]
        parts = [p.lstrip(_BULLET).strip() for p in parts if not TIME_ONLY_RE.match(p.lstrip(_BULLET).strip())]
        if not dated and "place" not in values and not events and parts and ADDRESS.search(parts[0]):
            values["place"] = parts[0]
            continue
        events.extend(p for p in parts if p)
    if events:
        values["events"] = "; ".join(events)
    return values
