"""Generated logs of time-led entries under headings that carry the date among other words
(see ``log_layouts``): only the entries citing the case number are records."""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

KINDS = ["Operating vessel impaired", "Operating vessel impaired, no lifejackets aboard",
         "Operating vessel impaired, refused breath test", "Operating vessel impaired, wake violation"]
CRAFT = ["runabout", "pontoon", "jet ski", "bass boat", "cabin cruiser"]
AREAS = ["North Marina", "Heron Point ramp", "Lock 7 channel", "Sandbar cove"]
DAYS = ["Friday", "Saturday"]
WIDTH = 92      # characters of entry text on a line before it wraps


def marine_sweeps_dated_headings(path: Path, n: int) -> Path:
    """A lake patrol's boating-sweep narrative, Courier 9. Each sweep opens with a heading
    `SWEEP LP-24-NNN  HARBOUR SWEEP  Saturday, June 08, 2024  1900-0200  Area: ...`, then
    entries led by a four-digit time, their text wrapped under it at a deeper indent:
    `Muster, ...`, `Tally at 2015: 31 vessels checked, ...`, `Vessel 3: 22 ft pontoon,
    advised, released.` and `DETAINED - Case No. ML24-4410 - Operating vessel impaired,
    vessel 2, 2019 jet ski; breath .12. Vessel impounded, slip IM-3302. Also written
    expired registration, LW77120.`, then a `Sweep totals ...` line set in under the times.
    Sweeps run past midnight: those entries keep the heading's date. ``n`` detentions."""
    rnd = random.Random(41)
    lines: list[str] = []
    case, sweep, made = 4410, 0, 0
    while made < n:
        sweep += 1
        month, day = 6 + sweep // 9, 1 + (sweep * 3) % 28
        when = f"{DAYS[sweep % 2]}, {['June', 'July', 'August'][month - 6]} {day:02d}, 2024"
        # (the heading, the entries' times and the totals in three columns of the page)
        lines += ["", f"SWEEP LP-24-{100 + sweep} HARBOUR SWEEP {when} 1900-0200 Area: {AREAS[sweep % 4]}"]
        minute, vessel, held = 19 * 60, 0, 0
        entries = [f"Muster, {5 + sweep % 4} officers, 2 breath units aboard."]
        for k in range(rnd.randrange(9, 14)):
            roll = rnd.random()
            vessel += roll > 0.25
            if roll > 0.55 and made < n:
                text = (f"DETAINED - Case No. ML24-{case} - {KINDS[made % 4]}, vessel {vessel}, "
                        f"{2010 + made % 12} {CRAFT[made % 5]}; breath .{8 + made % 11:02d}.")
                if made % 2:
                    text += f" Vessel impounded, slip IM-{rnd.randrange(1000, 9999)}."
                if made % 3 == 0:
                    text += f" Also written expired registration, LW{rnd.randrange(10000, 99999)}."
                case += 1 + made % 2
                made, held = made + 1, held + 1
            elif roll > 0.25:
                text = f"Vessel {vessel}: {22 + k} ft {CRAFT[k % 5]}, advised, released."
            else:
                text = f"Tally: {10 + 7 * k} vessels checked, {k % 4} boarded."
            entries.append(text)
        for text in entries:
            t = minute % 1440
            wrapped = textwrap.wrap(text, WIDTH)
            lines.append(f"{t // 60:02d}{t % 60:02d}\t{wrapped[0]}")
            lines += [f"\t{w}" for w in wrapped[1:]]
            minute += rnd.randrange(15, 45)
        lines.append(f"\tSweep totals LP-24-{100 + sweep}: vessels checked {40 + sweep}, detained {held}.")
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(lines), 58):
        c.setFont("Courier-Bold", 10)
        c.drawString(36, 760, "MARLOW LAKE PATROL - BOATING SAFETY SWEEPS [fictional]")
        c.setFont("Courier", 9)
        y = 740
        for line in lines[start:start + 58]:
            time, tab, text = line.partition("\t")     # a time's text in a column of its own
            c.drawString(36, y, time if tab else line)
            if tab:
                c.drawString(72, y, text)
            y -= 11
        c.drawString(36, 40, f"Sweep narrative - season summary   Page {start // 58 + 1}")
        c.showPage()
    c.save()
    return path


DATED_HEADS = {f.__name__: f for f in (marine_sweeps_dated_headings,)}
