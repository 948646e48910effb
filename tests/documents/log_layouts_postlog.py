"""Generated post logs (see ``log_layouts``): one entry per logged moment under watch
headings, only the entries opening with a new occurrence number being records."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROUTINE = ["Gate 4 patrol complete, nothing to note.", "CCTV check, all cameras live.",
           "Radio check with the harbour office, loud and clear.", "Car deck sweep done before boarding.",
           "Lost property handed to the ticket office."]
OUTCOMES = ["Harbour police informed", "Settled at the scene", "Passed to the terminal manager",
            "No further action"]
WATCHES = (("Day Watch 0700-1900", 7), ("Night Watch 1900-0700", 19))
PER_WATCH = 3       # occurrences a watch
WIDTH = 78          # characters of an entry's text before it wraps


def ferry_control_log_new_numbers_open_entries(path: Path, n: int) -> Path:
    """A ferry terminal's security control log, Courier 9: watch headings (`Monday, April
    01, 2024 - Day Watch 0700-1900 - Control Desk 2 - Duty Officer No. 418`), then one entry
    per logged moment, a four-digit time, a gap and the text, wrapped under the text. Three
    occurrences a watch open `OCC 24-30402: Burglary at 100 Main St. Supervisor 2200 told. Settled
    at the scene.` (numbers rising,
    some skipped), some ending `MWO 24-30118 raised.` (a work order of the same shape);
    between them routine entries citing no number (patrols, radio checks), and `Update re
    OCC 24-30402: ...` entries following up an occurrence logged earlier. Night-watch
    entries past midnight keep the heading's date."""
    rows = incidents(n)
    entries: list[tuple[str, str | None, str]] = []     # (heading, time, text)
    number, order, logged = 30400, 30117, []
    for w in range(0, n, PER_WATCH):
        day = 1 + w // (2 * PER_WATCH)
        name, start = WATCHES[(w // PER_WATCH) % 2]
        heading = f"{_weekday(day)}, April {day:02d}, 2024 - {name} - Control Desk 2 - Duty Officer No. {418 + w % 5}"
        entries.append((heading, None, ""))
        minute = start * 60 + 15
        for k, r in enumerate(rows[w:w + PER_WATCH]):
            i = w + k
            entries.append((heading, _clock(minute), ROUTINE[i % len(ROUTINE)]))
            minute += 47
            if logged and i % 3 == 1:
                entries.append((heading, _clock(minute), f"Update re OCC {logged[-2 if len(logged) > 1 else -1]}: "
                                                          "area reopened to the public."))
                minute += 31
            number += 1 + (i % 4 == 3)
            r["occ"] = f"24-{number:05d}"
            r["at"] = f"2024-04-{day:02d}T{_clock(minute)[:2]}:{_clock(minute)[2:]}:00"
            text = f"OCC {r['occ']}: {r['type']} at {r['address']}. Supervisor {2200 + i} told. " \
                   f"{OUTCOMES[i % len(OUTCOMES)]}."
            if i % 3 == 2:
                order += 1
                r["order"] = f"24-{order:05d}"
                text += f" MWO {r['order']} raised."
            entries.append((heading, _clock(minute), text))
            logged.append(r["occ"])
            minute += 66
    c = canvas.Canvas(str(path), pagesize=letter)
    y = _page(c)
    for heading, time, text in entries:
        lines = [heading] if time is None else textwrap.wrap(text, WIDTH)
        if y - 11 * len(lines) < 60:
            c.showPage()
            y = _page(c)
        if time is None:
            c.drawString(40, y, heading[:100])
        else:
            c.drawString(40, y, time)
            for line in lines:
                c.drawString(40 + 9 * 5.4, y, line)
                y -= 11
            y += 11
        y -= 11
    c.drawString(40, y - 11, f"Occurrences logged this period: {n}")
    c.save()
    return path


def _page(c) -> int:
    c.setFont("Courier-Bold", 10)
    c.drawString(40, 760, "WESTHAVEN FERRY TERMINAL - SECURITY CONTROL LOG")
    c.setFont("Courier", 9)
    c.drawString(40, 748, "Control Desk 2 - entries as logged")
    return 728


def _clock(minute: int) -> str:
    minute %= 24 * 60
    return f"{minute // 60:02d}{minute % 60:02d}"


def _weekday(day: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[(day - 1) % 7]


POST_LOG = {f.__name__: f for f in (ferry_control_log_new_numbers_open_entries,)}
