"""Generated logs sorted by something other than the incident (see ``log_layouts``): a
register printing one section per vessel, each incident listed under every vessel it
concerns, so that an incident of two vessels is printed twice, far apart, with the same
number and values."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_VESSELS = ("Kestrel Dawn", "Marram", "Saint Oda", "Blue Tern", "Harrow Light", "Coldharbour", "Wenlock Star",
            "Pennant", "Ives Reach", "Thornback", "Lantern Gull", "Orford Maid", "Sable Quay", "Tamar Belle")
_PARTS = ("Master", "Pilot", "Crew")
_COLUMNS = ((46, "Occurrence"), (130, "Logged"), (225, "Nature"), (360, "Berth / Place"), (500, "Part"),
            (560, "Outcome"))


def _occurrence(r: dict) -> str:
    """The register's own numbers (``OC 24 1008`` would not do: ``WQ24-1008``), from ``24-01008``."""
    return f"WQ24-{int(r['no'][3:]):04d}"


def harbour_register_by_vessel(path: Path, n: int) -> Path:
    """A harbour master's occurrence register, landscape, Helvetica 9, sorted by vessel
    registration: the column titles (Occurrence, Logged, Nature, Berth / Place, Part,
    Outcome) and a rule on every page; each vessel a section, a heading line
    ``VESSEL 7714-402  Kestrel Dawn  Tonnage band: C`` (its registration, distinct per
    vessel, rising), then that vessel's occurrences in time order. About a third of the
    occurrences concern two vessels: printed under both, with the same number, logged time,
    nature and place, the part and outcome each vessel's own. Sections apart by a blank
    line; a tally line at the end."""
    rnd = random.Random(53)
    rows = incidents(n, seed=19)
    under: list[list[tuple[dict, str, str]]] = [[] for _ in _VESSELS]
    for r in rows:
        pair = rnd.sample(range(len(_VESSELS)), 2 if rnd.random() < 0.35 else 1)
        for k, v in enumerate(pair):
            outcome = r["dispo"] if k == 0 else rnd.choice(("No action", "Warning issued", "Statement taken"))
            under[v].append((r, _PARTS[k] if len(pair) == 2 else _PARTS[2], outcome))
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    page = [0]

    def new_page() -> float:
        if page[0]:
            c.showPage()
        page[0] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(46, 570, "PORT OF ABERWICK HARBOUR MASTER - OCCURRENCE REGISTER BY VESSEL")
        c.setFont("Helvetica-Bold", 9)
        for x, title in _COLUMNS:
            c.drawString(x, 540, title)
        c.setFont("Helvetica", 9)
        c.drawString(46, 530, "_" * 150)
        c.drawString(600, 30, f"Sheet {page[0]}")
        return 514

    y = new_page()
    listed = 0
    for v, name in enumerate(_VESSELS):
        if not under[v]:
            continue
        if y - 12 * (len(under[v]) + 2) < 50:
            y = new_page()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(30, y, f"VESSEL 7714-{400 + 3 * v:03d}")
        c.drawString(150, y, name)
        c.drawString(300, y, f"Tonnage band: {'ABC'[v % 3]}")
        c.setFont("Helvetica", 9)
        y -= 12
        for r, part, outcome in sorted(under[v], key=lambda item: item[0]["no"]):
            values = (_occurrence(r), f"{r['date']} {r['time']}", r["type"], r["address"], part, outcome)
            for (x, _), value in zip(_COLUMNS, values):
                c.drawString(x, y, value)
            y -= 12
            listed += 1
        y -= 12
    c.drawString(30, y - 6, f"Vessels: {sum(1 for u in under if u)}   Lines: {listed}   Occurrences: {n}")
    c.save()
    return path


SECTION_ROWS = {f.__name__: f for f in (harbour_register_by_vessel,)}
