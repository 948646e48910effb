"""Generated app cards (see ``log_layouts``): each incident a card whose heading is its
number, its type and a status chip at the right, then labels in a column of their own,
without colons, one line holding a second label and value beside the first."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def app_cards_heading_number_type_chip(path: Path, n: int) -> Path:
    """Courier 8: a summary strip (``Calls 50   Closed 41``), then per card a heading
    ``CF24-01000   Burglary ...   * Report Taken`` (the chip at the right), ``When`` with
    the date-time and ``Unit`` with a number beside it, ``Where``, ``Notes``; blank lines
    between cards."""
    rows = incidents(n)
    lines = [f"Calls {n}        Closed {n - 9}        Pending 9", "", ""]
    for i, r in enumerate(rows):
        lines.append(f"CF{r['no']:<14}{r['type']:<40}{'* ' + r['dispo']:>22}")
        lines.append(f"{'When':<12}{r['date'] + ' ' + r['time']:<30}{'Unit':<8}{3 + i % 5}")
        lines.append(f"{'Where':<12}{r['address']}")
        lines.append(f"{'Notes':<12}{r['summary'].split(';')[0]}")
        lines += ["", ""]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Fieldline mobile - shift board export, page {page}")
        return 725
    return flowed_lines(path, lines, header)


CARD_HEAD = {f.__name__: f for f in (app_cards_heading_number_type_chip,)}
