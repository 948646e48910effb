"""Generated duty logs (see ``log_layouts``) whose follow-up entries cite an earlier record's
number further into their text, not among their first words."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROUTINE = ["Kennel rounds done, water bowls refilled.", "Van fuelled and the catch poles stowed.",
           "Walk-in enquiry about adoption hours answered at the counter."]
# follow-ups citing an earlier intake well into the sentence, never among the first words
LATER = ["Microchip scan came back from the registry for {}, owner traced.",
         "Vet sent over the bite quarantine notes regarding {}, filed."]
OUTCOMES = ["Held for the statutory days", "Returned to owner", "Transferred to rescue", "Euthanised on vet advice"]
PER_DAY = 4         # intakes a day
WIDTH = 74          # characters of an entry's text before it wraps


def shelter_log_followups_cite_number_late(path: Path, n: int) -> Path:
    """An animal shelter's duty log, Courier 9: day headings (`Tuesday 02 April 2024 /
    Shelter officer on duty No. 12`), then one entry per logged moment, a four-digit time and
    the text wrapped under it. Intakes open `Intake AS24-0411 logged: Burglary at 100 Main St.
    Held for the statutory days.` (numbers rising, some skipped); between them routine
    entries citing no number, and follow-ups citing an earlier intake's number only after
    several words (`Microchip scan came back from the registry for AS24-0411, owner traced.`),
    some intakes followed up twice."""
    rows = incidents(n)
    entries: list[tuple[str, str | None, str]] = []
    number, logged = 410, []
    for d in range(0, n, PER_DAY):
        day = 1 + d // PER_DAY
        entries.append((f"{_weekday(day)} {day:02d} April 2024 / Shelter officer on duty No. {11 + day % 4}", None, ""))
        minute = 6 * 60 + 5
        for k, r in enumerate(rows[d:d + PER_DAY]):
            i = d + k
            if i % 2 == 0:
                entries.append(("", _clock(minute), ROUTINE[i % len(ROUTINE)]))
                minute += 23
            if logged and i % 3 != 1:
                entries.append(("", _clock(minute), LATER[i % 2].format(logged[-1 - i % min(3, len(logged))])))
                minute += 19
            number += 1 + (i % 5 == 4)
            r["intake"] = f"AS24-{number:04d}"
            r["at"] = f"2024-04-{day:02d}T{_clock(minute)[:2]}:{_clock(minute)[2:]}:00"
            entries.append(("", _clock(minute), f"Intake {r['intake']} logged: {r['type']} at {r['address']}. "
                                                f"{OUTCOMES[i % len(OUTCOMES)]}."))
            logged.append(r["intake"])
            minute += 71
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _page(c)
    for heading, time, text in entries:
        lines = [heading] if time is None else textwrap.wrap(text, WIDTH)
        if y - 11 * len(lines) < 60:
            c.showPage()
            y = _page(c)
        if time is None:
            c.drawString(40, y, heading)
        else:
            c.drawString(40, y, time)
            for line in lines:
                c.drawString(40 + 8 * 5.4, y, line)
                y -= 11
            y += 11
        y -= 11
    c.save()
    return path


def _page(c) -> int:
    c.setFont("Courier-Bold", 10)
    c.drawString(40, 760, "BRAMBLEFORD ANIMAL SHELTER - DUTY LOG")
    c.setFont("Courier", 9)
    c.drawString(40, 748, "Typed by the officer on duty")
    return 728


def _clock(minute: int) -> str:
    minute %= 24 * 60
    return f"{minute // 60:02d}{minute % 60:02d}"


def _weekday(day: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[(day - 1) % 7]


LATER_CITED = {f.__name__: f for f in (shelter_log_followups_cite_number_late,)}
