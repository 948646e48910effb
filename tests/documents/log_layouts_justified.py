"""Generated logs typed as justified prose (see ``log_layouts``): a harbour patrol's watch
narrative, one paragraph per entry with a first-line indent and no blank line between them,
justified and hyphenated, so that the patrol's numbers break after one of their own dashes
at a line's end and the rest opens the next line."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

LEFT, RIGHT, INDENT = 54.0, 558.0, 24.0
FONT, SIZE, LEADING = "Times-Roman", 10, 12.5
_NOTES = ("Crew members were spoken to on deck.", "A harbour camera covered the berth.",
          "The skipper declined further help.", "Two witnesses gave short statements.")
_ROUTINE = ("The night crew checked every mooring line on the east pontoons.",
            "The fuel dock pumps were locked and the keys handed to the harbourmaster.",
            "A radio check was made with the coastguard station; signal good.")


def _lines(words: list[str], c: canvas.Canvas) -> list[list[str]]:
    """Words set greedily into lines; a word with dashes that does not fit is cut after the
    last of its own dashes that fits (a hyphenating word processor's break)."""
    out: list[list[str]] = [[]]
    room = RIGHT - LEFT - INDENT

    def width(ws: list[str]) -> float:
        return c.stringWidth(" ".join(ws), FONT, SIZE)

    todo = list(words)
    while todo:
        w = todo.pop(0)
        if width(out[-1] + [w]) <= room:
            out[-1].append(w)
            continue
        cuts = [k + 1 for k, ch in enumerate(w[:-1]) if ch == "-" and any(x.isdigit() for x in w[k + 1:])]
        fits = [k for k in cuts if width(out[-1] + [w[:k]]) <= room]
        if fits and out[-1]:
            out[-1].append(w[:fits[-1]])
            todo.insert(0, w[fits[-1]:])
        else:
            todo.insert(0, w)
        out.append([])
        room = RIGHT - LEFT
    return [ws for ws in out if ws]


def _paragraph(c: canvas.Canvas, y: float, text: str) -> float:
    """The paragraph drawn justified (every line but the last), its first line set in."""
    lines = _lines(text.split(), c)
    for k, ws in enumerate(lines):
        x0 = LEFT + (INDENT if k == 0 else 0.0)
        if k == len(lines) - 1 or len(ws) == 1:
            c.drawString(x0, y, " ".join(ws))
        else:
            gap = (RIGHT - x0 - sum(c.stringWidth(w, FONT, SIZE) for w in ws)) / (len(ws) - 1)
            x = x0
            for w in ws:
                c.drawString(x, y, w)
                x += c.stringWidth(w, FONT, SIZE) + gap
        y -= LEADING
    return y


def justified_hyphenated_watch_narrative(path: Path, n: int) -> Path:
    """A harbour patrol's watch narrative: under a centred day heading ("Monday, 1 April
    2024"), one justified paragraph per entry, each opened "Logged at 0412 hrs." and set in
    on its first line, no blank line between them. An entry's sentence names its number mid-text
    ("..., reference WHP-2024-1000, ..."); the word processor hyphenates, so a number that
    does not fit breaks after one of its own dashes ("WHP-" / "2024-1003" or "WHP-2024-" /
    "1003"); detention numbers ("DT-24-551") break the same way and are no records; every
    sixth entry is a routine paragraph with no number (no record); every seventh record
    cites an earlier reference of the series ("a follow-up to WHP-2023-0871"). Footer
    "Watch file WHP-NAR-24" and a page number; ends "Entries with a reference: N"."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"page": 0, "y": 0.0}

    def new_page() -> None:
        if state["page"]:
            c.setFont("Helvetica", 8)
            c.drawString(LEFT, 36, f"Watch file WHP-NAR-24        page {state['page']}")
            c.showPage()
        state["page"] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString((LEFT + RIGHT) / 2, 750, "Westbury Harbour Patrol - Watch Narrative, April 2024")
        state["y"] = 722.0

    def para(text: str) -> None:
        if state["y"] < 110:
            new_page()
        c.setFont(FONT, SIZE)
        state["y"] = _paragraph(c, state["y"], text)

    new_page()
    day = None
    routine = 0
    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            if state["y"] < 140:
                new_page()
            state["y"] -= 8
            c.setFont("Times-Bold", 10)
            d = int(day[3:5])
            weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[(d - 1) % 7]
            c.drawCentredString((LEFT + RIGHT) / 2, state["y"], f"{weekday}, {d} April 2024")
            state["y"] -= LEADING + 2
        clock = r["time"].replace(":", "")
        if i % 5 == 2:
            para(f"Logged at {clock} hrs. {_ROUTINE[routine % len(_ROUTINE)]}")
            routine += 1
        number = f"WHP-20{r['no'][:2]}-{r['no'][4:]}"
        text = (f"Logged at {clock} hrs. Patrol boat {3 + i % 4} attended a report of {r['type'].lower()} at "
                f"{r['address']}, Westbury Quay, reference {number}, with the duty officer aboard. "
                f"{_NOTES[i % len(_NOTES)]}")
        if i % 7 == 3:
            text += f" This entry is a follow-up to WHP-2023-{871 + i:04d}, opened last month."
        outcome = r["dispo"].lower()
        if outcome == "arrest":
            outcome = f"arrest, one person held under detention number DT-24-{551 + i}"
        para(f"{text} Result: {outcome}.")
    state["y"] -= 10
    para(f"Entries with a reference: {n}. Routine entries: {routine}.")
    c.showPage()
    c.save()
    return path


JUSTIFIED = {f.__name__: f for f in (justified_hyphenated_watch_narrative,)}
