"""Generated app cards (see ``log_layouts``): each incident a card whose heading is its
number, its type and a status chip at the right, then labels in a column of their own,
without colons, one line holding a second label and value beside the first; a help desk's
board of items headed by their number and ``Type - Address``, under a title printing
once more a label every item prints."""
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


def help_desk_items_board_label_above(path: Path, n: int) -> Path:
    """Courier 8, a help desk's board printed: ``Board: Campus Watch - n items`` above the
    items (the label every item prints again, ``Board: CW``); each item ``#5....  Type -
    Address   State: Closed (Outcome)``, then ``Ref: WR-24-0....  Logged: date time
    Board: CW``, the description, and for one item in three an indented reply line."""
    rows = incidents(n)
    lines = [f"Board: Campus Watch - {n} items", ""]
    for i, r in enumerate(rows):
        lines.append(f"#{51000 + 3 * i:<10}{r['type'] + ' - ' + r['address']:<52}State: Closed ({r['dispo']})")
        lines.append(f"           Ref: WR-{r['no']}  Logged: {r['date']} {r['time']}  Board: CW")
        lines.append(f"           {r['summary'].split(';')[0]}.")
        if i % 3 == 2:
            lines.append("              > reply from desk 2: follow-up call made")
        lines.append("")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"https://desk.example/boards/cw?print=1                    {page}")
        return 725
    return flowed_lines(path, lines, header)


def tracker_blocks_state_over_outcome_threaded_notes(path: Path, n: int) -> Path:
    """Courier 8 labelled blocks of a request tracker: ``Case:``, ``Received:``,
    ``Offense:``, ``Place:``, ``Disposition: Closed (Report Taken)`` (one state word on
    every block, the outcome in brackets), ``Details:`` one sentence, then for one block in
    three two threaded notes, each an indented ``>> note by desk 2, next day`` over its text."""
    rows = incidents(n)
    lines = []
    for i, r in enumerate(rows):
        lines += [f"Case:         RT-{r['no']}", f"Received:     {r['date']} {r['time']}", f"Offense:      {r['type']}",
                  f"Place:        {r['address']}", f"Disposition:  Closed ({r['dispo']})",
                  f"Details:      {r['summary'].split(';')[0]}."]
        if i % 3 == 0:
            lines += ["                >> note by desk 2, next day", "                   Caller rang back, nothing new.",
                      "                >> note by records, two days later", "                   Filed."]
        lines.append("")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Tracker export - queue Patrol - page {page}")
        return 725
    return flowed_lines(path, lines, header)


CARD_HEAD = {f.__name__: f for f in (app_cards_heading_number_type_chip, help_desk_items_board_label_above,
                                     tracker_blocks_state_over_outcome_threaded_notes)}
