"""Generated logs printed with their tracked changes shown (see ``log_layouts``): a review
copy whose text layer holds the struck text beside what replaced it."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

PER_PAGE = 9
WITHDRAWN = (5, 22)     # entries taken out in review (their number issued after the next one's)
ADDED = (14, 31)        # entries added in review: the item numbering back in step
CORRECTED_EVERY = 6     # every sixth entry's number corrected, the typo struck before it


def river_bulletin_review_copy(path: Path, n: int) -> Path:
    """A river authority's occurrence bulletin, Courier 9 on landscape pages, numbered items `7) Occurrence
    RW24-04512, 04/02/2024 10:09, 130 Pine Rd: Burglary.` over `Outcome: Arrest.`, a blank
    line between items, notes in a margin column at the right. Two items are struck in
    review (note `Struck - RL: not for release`), their number one above the next item's;
    the items after each print their struck old item number before the new one (`8) 7)`)
    until an item added in review (note `Added - RL: late entry`) brings the numbering back
    into step. Every sixth item's number is corrected, the struck one (its last digits
    swapped) printed first (`RW24-04521 RW24-04512`, note `RL: per records desk`)."""
    rows = incidents(n)
    serial, item, shift = 4500, 0, 0
    for i, r in enumerate(rows):
        r["withdrawn"] = i in WITHDRAWN
        if r["withdrawn"]:          # numbered after the entry below it
            r["ref"] = f"RW24-{serial + 1:05d}"
        elif i - 1 in WITHDRAWN:
            r["ref"] = f"RW24-{serial:05d}"
            serial += 2
        else:
            r["ref"] = f"RW24-{serial:05d}"
            serial += 1
        if r["withdrawn"]:
            r["item"], shift = f"{item + 1})", shift + 1
        elif i in ADDED:
            item += 1
            r["item"], shift = f"   {item})", 0
        else:
            item += 1
            r["item"] = f"{item + shift}) {item})" if shift else f"   {item})"
        r["struck"] = ""
        if i % CORRECTED_EVERY == 2 and not r["withdrawn"]:
            digits = r["ref"][-2:]
            r["struck"] = r["ref"][:-2] + digits[::-1] if digits[0] != digits[1] else r["ref"][:-3] + "9" + digits
        r["note"] = "Struck - RL: not for release" if r["withdrawn"] else \
            "Added - RL: late entry" if i in ADDED else "RL: per records desk" if r["struck"] else ""
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for start in range(0, n, PER_PAGE):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 570, "WESTHOLM RIVER AUTHORITY - OCCURRENCE BULLETIN (REVIEW COPY, MARKUP SHOWN)")
        c.setFont("Courier", 9)
        y = 545
        for r in rows[start:start + PER_PAGE]:
            number = f"{r['struck']} {r['ref']}" if r["struck"] else r["ref"]
            c.drawString(40, y, f"{r['item']:>7} Occurrence {number}, {r['date']} {r['time']}, "
                                f"{r['address']}: {r['type']}.")
            if r["note"]:
                c.drawString(600, y, r["note"])
            c.drawString(40, y - 11, f"{'':8}Outcome: {r['dispo']}.")
            y -= 33
        c.drawString(40, 40, f"bulletin_review.odt - markup: RL{'':40}Sheet {start // PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


TRACKED = {f.__name__: f for f in (river_bulletin_review_copy,)}
