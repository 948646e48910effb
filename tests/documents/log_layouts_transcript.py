"""Generated logs read aloud into a transcript (see ``log_layouts``): a licensing hearing's
transcript, 28 numbered lines a page (blank ones numbered too), double spaced, each turn
opened by its speaker's mark, each call of the log an answer wrapped over numbered lines and
page breaks, and a closing index citing every call number with its page and line."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

LINES = 28
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_ASKED = ("The next call on the sheet?", "Keep going, please.", "And after that one?", "What comes next?")
WRAP = 70       # characters a transcript line holds


def _wrapped(mark: str, text: str) -> list[tuple[str, str]]:
    """(mark, text) per transcript line of a turn: its wrapped lines carry no mark."""
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + len(w) + 1 > WRAP:
            out.append((mark if not out else "", cur))
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append((mark if not out else "", cur))
    return out


def hearing_transcript_calls_read_as_answers(path: Path, n: int) -> Path:
    """A liquor licensing board's hearing: a caption page, then turns marked ``Q`` and ``A``
    (no period) at the left, the wrapped lines flush under the mark; each call an answer
    ``Call number 24-01000. Received April 1, 2024, 1009 hours. Burglary, 100 Main St.
    Result: report taken.``; a citation asked about after some calls (``Citation
    LB-7001.``); a presiding officer's remark; an index of call numbers with page:line."""
    rows = incidents(n)
    turns: list[tuple[str, str]] = [("", "BEFORE THE LIQUOR LICENSING BOARD OF ALDER COUNTY [invented]"),
                                    ("", ""), ("", "In re: license of THE ANCHOR TAP, No. LL-5512"), ("", ""),
                                    ("", "HEARING, DAY 2 - TESTIMONY OF SHERIFF'S CLERK 7"), ("", ""), ("", "")]
    turns += _wrapped("Q", "Clerk, do you have the call sheet for the premises?")
    turns += _wrapped("A", "I have it here.")
    firsts = {}
    for i, r in enumerate(rows):
        turns += _wrapped("Q", _ASKED[i % len(_ASKED)])
        mm, dd, yyyy = r["date"].split("/")
        firsts[len(turns)] = r["no"]
        turns += _wrapped("A", f"Call number {r['no']}. Received {_MONTHS[int(mm) - 1]} {int(dd)}, {yyyy}, "
                               f"{r['time'].replace(':', '')} hours. {r['type']}, {r['address']}. "
                               f"Result: {r['dispo'].lower()}.")
        if i % 5 == 2:
            turns += _wrapped("Q", "Was a citation written?")
            turns += _wrapped("A", f"Citation LB-{7001 + i}.")
    turns += _wrapped("HEARING OFFICER 3:", "That completes the sheet. We will take ten minutes.")
    c = canvas.Canvas(str(path), pagesize=letter)
    cites = []
    for start in range(0, len(turns), LINES):
        page = start // LINES + 12
        c.setFont("Courier", 10)
        c.drawRightString(570, 750, f"{page}")
        for k in range(LINES):
            y = 720 - 24 * k
            c.drawRightString(62, y, str(k + 1))
            if start + k < len(turns):
                mark, text = turns[start + k]
                if start + k in firsts:
                    cites.append((firsts[start + k], f"{page}:{k + 1}"))
                if mark:
                    c.drawString(80, y, mark)
                    c.drawString(80 + 6 * (len(mark) + 3), y, text)
                else:
                    c.drawString(80, y, text)
        c.setFont("Courier", 8)
        c.drawCentredString(306, 30, "ALDER COUNTY HEARING REPORTERS - CERTIFIED COPY [invented]")
        c.showPage()
    c.setFont("Courier", 10)
    c.drawCentredString(306, 750, "CALL NUMBER INDEX")
    for k, (number, at) in enumerate(cites):
        x, y = (72, 720 - 12 * k) if k < 50 else (320, 720 - 12 * (k - 50))
        c.drawString(x, y, f"{number}  {at}")
    c.showPage()
    c.save()
    return path


TRANSCRIPT = {f.__name__: f for f in (hearing_transcript_calls_read_as_answers,)}
