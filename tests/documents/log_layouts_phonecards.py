"""Generated logs shared from a phone app as narrow pages (see ``log_layouts``): one card per
incident, each label alone on its line with its value on the line under it, a tag line
heading each card; one with a ticket number over every card's own number, one with a card
pinned to the top of every page."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

SIZE = (250, 600)       # a phone's width
PER_PAGE = 3
LINE = 11
# seven shore places: a card's place comes back at one spot of a page seldom enough not to
# be taken for the page's footer (six, as ``docs_pdfs`` has, cycle with three cards a page)
SPOTS = ["North Ramp", "Cedar Cove", "Gull Point", "Boathouse Lot", "Willow Beach", "Dam Road", "Fish Pier"]


def _spot(i: int) -> str:
    return f"{20 + 3 * i} {SPOTS[i % len(SPOTS)]}"


def _card(c, y: float, head: str, pairs: list[tuple[str, str]]) -> float:
    c.setFont("Helvetica-Bold", 8)
    c.drawString(12, y, head)
    y -= LINE
    for label, value in pairs:
        c.setFont("Helvetica", 7)
        c.drawString(12, y, label)
        c.setFont("Helvetica", 9)
        c.drawString(12, y - LINE, value)
        y -= 2 * LINE
    return y - LINE


def _pages(path: Path, n: int, cards, header: str, pinned=None) -> Path:
    c = canvas.Canvas(str(path), pagesize=SIZE)
    pages = (n + PER_PAGE - 1) // PER_PAGE
    for p in range(pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 580, header)
        y = 550
        if pinned is not None:
            y = _card(c, y, *pinned)
        for head, pairs in cards[p * PER_PAGE:(p + 1) * PER_PAGE]:
            y = _card(c, y, head, pairs)
        c.setFont("Helvetica", 7)
        c.drawString(12, 20, f"Shared from RangerBoard     page {p + 1} of {pages}")
        c.showPage()
    c.save()
    return path


def ranger_app_cards_ticket_over_own_number(path: Path, n: int) -> Path:
    """A park ranger app's shared list, 250 pt wide, three cards a page: a tag line
    (`<boat> Crew R4`), then `TICKET (RADIO ROOM)` over the radio room's ticket `W24-7xxxx`,
    `LOG REF` over the ranger's own log number `W24-01000` (the same shape, below it),
    `LOGGED`, `MATTER`, `SPOT`, `RESULT`, each over its value. The radio room tickets every
    call, most never logged: its series skips three to six numbers between two cards."""
    rows = incidents(n)
    cards, ticket = [], 70100
    for i, r in enumerate(rows):
        ticket += 3 + i % 4
        cards.append((f"<{'boat' if i % 2 else 'truck'}> Crew R{4 + i % 5}",
                       [("TICKET (RADIO ROOM)", f"W24-{ticket:05d}"), ("LOG REF", f"W{r['no']}"),
                        ("LOGGED", f"{r['date']} {r['time']}"), ("MATTER", r["type"]),
                        ("SPOT", _spot(i)), ("RESULT", r["dispo"])]))
    return _pages(path, n, cards, "Lakeshore Rangers - shared log")


def ranger_app_cards_pinned_advisory(path: Path, n: int) -> Path:
    """A lake patrol tablet's shared list, 250 pt wide, three cards a page under a pinned
    advisory card printed again at the top of every page: `<flag> STICKY`, `Advisory Ref`
    over `LK24-00950` (the records' number shape), `Opened`, `Matter` (the records' labels).
    The cards: a tag line (`<boat> Ranger 14`), `Log Ref` over `LK24-01000`, `Opened`,
    `Matter`, `Spot`, `Result`."""
    rows = incidents(n)
    cards = [(f"<{'boat' if i % 2 else 'truck'}> Ranger {14 + i % 6}",
              [("Log Ref", f"LK{r['no'].replace('-', '-0', 1)}"), ("Opened", f"{r['date']} {r['time']}"),
               ("Matter", r["type"]), ("Spot", _spot(i)), ("Result", r["dispo"])])
             for i, r in enumerate(rows)]
    pinned = ("<flag> STICKY", [("Advisory Ref", "LK24-000950"), ("Opened", "03/28/2024 07:30"),
                                ("Matter", "Advisory - low water at north ramp")])
    return _pages(path, n, cards, "Mirror Lake Patrol - tablet log", pinned)


PHONE_CARDS = {f.__name__: f for f in (ranger_app_cards_ticket_over_own_number, ranger_app_cards_pinned_advisory)}
