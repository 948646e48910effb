"""Generated logs (see ``log_layouts``) printed with an encoding left on the text: a mail
body of ``Label=value`` lines printed in its quoted-printable transfer encoding (``=3D``
for ``=``, soft line breaks, ``=C3=B1`` for a letter past ASCII), and a digest written in
UTF-8 and printed as Windows-1252 read it (mojibake), each number closed up to an en dash."""
from __future__ import annotations

import quopri
import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _pages(path: Path, lines: list[str], head: str, size: float = 8, step: float = 10) -> Path:
    """``lines`` in Courier down as many pages as they take, ``head`` atop each page."""
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0.0
    for line in lines:
        if y < 60:
            if y:
                c.showPage()
            c.setFont("Courier", size)
            c.drawString(40, 760, head)
            y = 735
        c.drawString(40, y, line)
        y -= step
    c.save()
    return path


def quoted_printable_label_lines(path: Path, n: int) -> Path:
    """A dispatch centre's alert mails, one block of ``Label=value`` lines a call (Ref,
    When, Offence, Where, Unit, Details, Outcome) between lines of dashes, printed from the
    gateway as its quoted-printable body: every ``=`` shows as ``=3D`` (``Ref=3D24-01000``),
    a place's ``ñ`` as ``=C3=B1``, and a details line longer than 76 characters is cut by
    soft breaks wherever the 76th character falls, mid-word too; some details cite an
    earlier case (``C24-500``), a related number."""
    rows = incidents(n, seed=23)
    body = ["Fernhollow Valley Dispatch - alert digest", ""]
    for i, r in enumerate(rows):
        where = r["address"] + (" near Cañon Bridge" if i % 4 == 1 else "")
        details = (f"{r['summary']} Unit waited for the keyholder and walked the site with them before clearing."
                   + (f" Same complainant as case {r['case']} earlier this month." if r["case"] else ""))
        body += ["-" * 30, f"Ref={r['no']}", f"When={r['date']} {r['time']}", f"Offence={r['type']}",
                 f"Where={where}", f"Unit=Car {12 + i % 9}", f"Details={details}", f"Outcome={r['dispo']}"]
    body += ["-" * 30, f"End of digest: {n} alerts"]
    encoded = quopri.encodestring("\n".join(body).encode("utf-8")).decode("ascii")
    head = "Content-Transfer-Encoding: quoted-printable   (printed from the mail gateway)"
    return _pages(path, ["Content-Type: text/plain; charset=utf-8", ""] + encoded.split("\n"), head)


def mojibake_digest_numbers_closed_up_to_dashes(path: Path, n: int) -> Path:
    """A sheriff's weekly digest written in UTF-8 and printed as Windows-1252 read it: each
    call a paragraph at the margin opening with its number closed up to an en dash and the
    offence (``24-01000â€“Burglary``), wrapped under a hanging indent; apostrophes, dashes
    and accented names print as ``â€™``, ``â€”``, ``Ã©``, so no number stands apart as a word."""
    rows = incidents(n, seed=29)
    lines = ["Brannagh County Sheriff \u2014 week\u2019s call digest (Café district included)", ""]
    for i, r in enumerate(rows):
        seen = "The caller\u2019s neighbour at the Café Élan saw it." if i % 3 == 0 else \
            "Deputy\u2019s patrol checked the area \u2014 nothing further."
        text = f"{r['no']}\u2013{r['type']}, {r['address']}. Logged {r['date']} {r['time']}. {seen} Result: {r['dispo']}."
        wrapped = textwrap.wrap(text, 88)
        lines += [wrapped[0]] + ["    " + w for w in wrapped[1:]] + [""]
    lines.append(f"Calls this week: {n} \u2014 figures are preliminary")
    printed = [line.encode("utf-8").decode("cp1252", errors="replace") for line in lines]
    return _pages(path, printed, "Brannagh County Sheriff [digest] \u2014 printed copy".encode().decode("cp1252"))


ENCODINGS = {f.__name__: f for f in (quoted_printable_label_lines, mojibake_digest_numbers_closed_up_to_dashes)}
