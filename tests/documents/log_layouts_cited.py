"""Generated journals whose entries carry their number only inside the text (see
``log_layouts``): a ranger station's diary by the day, an incident opened in one entry and
updated in later ones citing its number, a few updates on cases opened before the diary."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

UPDATE_NOTES = ["Owner phoned with a serial number", "Patrol rechecked the site, all quiet",
                "Statement taken from a witness", "Property handed back to the owner"]


def ranger_diary_with_updates_citing_the_number(path: Path, n: int) -> Path:
    """Helvetica 9, day headings (``Mon 04/01/2024``), entries ``HH:MM`` in a gutter, ``New case
    NP-24-0....: type at address; summary``; one case in three gets ``Update on NP-...:
    note`` two to five entries later, and three updates cite ``NP-24-009..`` cases opened
    before the diary (no records here). A closing line counts every entry."""
    rows = incidents(n)
    entries: list[tuple[float, str, str]] = []      # (order, date, text)
    for i, r in enumerate(rows):
        entries.append((i, r["date"], f"{r['time']}\tNew case NP-{r['no']}: {r['type']} at "
                                      f"{r['address']}; {r['summary'].split(';')[0]}."))
        if i % 3 == 0 and i + 3 < n:
            later = rows[i + 2 + i % 4]
            entries.append((i + 2 + i % 4 + 0.5, later["date"],
                            f"{later['time']}\tUpdate on NP-{r['no']}: {UPDATE_NOTES[i % 4]}."))
    for k, at in enumerate((4, n // 2, n - 6)):
        entries.append((at + 0.25, rows[at]["date"], f"{rows[at]['time']}\tUpdate on "
                                                     f"NP-24-00{960 + k}: {UPDATE_NOTES[k]}."))
    lines: list[str] = []
    day = None
    for _, date, text in sorted(entries):
        if date != day:
            day = date
            lines += ["", datetime.strptime(date, "%m/%d/%Y").strftime("%a %m/%d/%Y")]
        lines.append(text)
    lines += ["", f"Entries written: {len(entries)}"]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Kestrel Moor Park Rangers - Station Diary, sheet {page}")
        return 725
    def draw(c, y: float, line: str) -> None:      # the time in a gutter, the text beside it
        time, _, text = line.partition("\t")
        c.drawString(40, y, time)
        if text:
            c.drawString(90, y, text)
    return flowed_lines(path, lines, header, font=("Helvetica", 9), draw=draw)


CITED = {f.__name__: f for f in (ranger_diary_with_updates_citing_the_number,)}
