"""Generated duty logs (see ``log_layouts``): a watch log form whose sequence numbers
restart each day, only some entries carrying a report number inside the narrative column,
the day printed only as the period in each page's head box."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import DISPOS, TYPES, incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

COLS = (36, 80, 130, 180, 560, 700)
ROUTINE = ("Watch assumed; radios checked.", "Boat ramp gates secured for the night.",
           "Harbour master advised of small craft warning.", "Relief crew briefed at the quay.")
PER_DAY = 34        # entries a day (routine ones among them)


def _entries(n: int) -> list[list[dict]]:
    """``n`` reports spread over days, each day opening and closing with routine entries."""
    reports = incidents(n)
    days, k = [], 0
    while k < n:
        day = [{"text": "Watch log opened.", "time": "0000"}]
        while k < n and len(day) < PER_DAY - 1:
            r = reports[k]
            if len(day) % 4 == 2:
                day.append({"text": ROUTINE[(len(day) // 4) % len(ROUTINE)], "time": f"{(len(day) * 40) // 60:02d}{(len(day) * 40) % 60:02d}"})
                continue
            hh = min(23, (len(day) * 40) // 60)
            day.append({"no": f"{3000 + k:05d}-24-HB2", "type": TYPES[k % len(TYPES)].upper(),
                        "time": f"{hh:02d}{(len(day) * 7) % 60:02d}", "out": f"{hh:02d}59",
                        "narr": f"Crew of launch {k % 5 + 1} attended {r['address']}.", "dispo": DISPOS[k % len(DISPOS)]})
            k += 1
        day.append({"text": "Watch log closed.", "time": "2359"})
        days.append(day)
    return days


def harbour_watch_log_item_numbers_period_head(path: Path, n: int) -> Path:
    """Seq 1..n a day, reports ``SCR 03000-24-HB2:`` among routine entries, the day only
    in the head's ``Covering: 03 Apr 24 0000 thru 03 Apr 24 2359``."""
    return _watch_log(path, n, COLS, False)


def harbour_watch_log_narrative_up_to_outcome(path: Path, n: int) -> Path:
    """The same log with each report's narrative on a line under it, the report line of
    every sixth entry running up to one space before its outcome."""
    return _watch_log(path, n, COLS, True)


def _watch_log(path: Path, n: int, cols: tuple, long: bool) -> Path:
    c = canvas.Canvas(str(path), pagesize=landscape(letter))

    def head(day: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(250, 580, "HARBOUR WATCH LOG")
        c.setFont("Helvetica", 8)
        c.drawString(36, 560, "UNIT")
        c.drawString(300, 560, "STATION")
        c.drawString(560, 560, "COVERING")
        c.drawString(36, 548, "MARINE UNIT, PORT WARDENS")
        c.drawString(300, 548, "NORTH QUAY")
        d = f"{3 + day:02d} Apr 24"
        c.drawString(560, 548, f"Covering: {d} 0000 thru {d} 2359")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(cols, ("SEQ", "LOGGED", "CLEARED", "NARRATIVE OF EVENTS", "OUTCOME", "BY")):
            c.drawString(x, 520, t)
        c.setFont("Helvetica", 8)
        return 500

    for d, day in enumerate(_entries(n)):
        y = head(d)
        for seq, e in enumerate(day, start=1):
            if y < 60:
                c.showPage()
                y = head(d)
            c.drawString(cols[0], y, str(seq))
            c.drawString(cols[1], y, e["time"])
            if "no" in e:
                c.drawString(cols[2], y, e["out"])
                text = f"SCR {e['no']}: {e['type']}. {e['narr']}"
                if long:        # the narrative wraps to a line of its own under the report's
                    text = f"SCR {e['no']}: {e['type']}. Logged by the quay desk."
                    if seq % 6 == 0:
                        while c.stringWidth(text + " aboard", "Helvetica", 8) < cols[4] - cols[3] - 3:
                            text += " aboard"
                    # (wider than its title: under the outcome's title too, as typed on the form)
                    c.drawString(cols[3], y - 10, e["narr"] + " Vessel secured alongside and the owner told by radio.")
                c.drawString(cols[3], y, text)
                c.drawString(cols[4], y, e["dispo"])
                y -= 10 if long else 0
            else:
                c.drawString(cols[3], y, e["text"])
            c.drawString(cols[5], y, "JT")
            y -= 14
        c.showPage()
    c.save()
    return path


DUTY_LOG = {f.__name__: f for f in (harbour_watch_log_item_numbers_period_head,
                                     harbour_watch_log_narrative_up_to_outcome)}
