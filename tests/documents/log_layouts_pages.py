"""Page-setting shared by the generated-log makers (``log_layouts*``)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def flowed_lines(path: Path, lines: list, header, font=("Courier", 8), x: float = 40, draw=None) -> Path:
    """``lines`` one under another, 11 points apart, on as many pages as they take (a page
    ends below y=50): each page opens in ``font`` with ``header(c, page)``, which draws the
    page's header and returns where its first line goes. ``draw(c, y, line)`` sets a line
    other than as one string at ``x``."""
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for line in lines:
        if y < 50:
            if page:
                c.showPage()
            page += 1
            c.setFont(*font)
            y = header(c, page)
        if draw is None:
            c.drawString(x, y, line)
        else:
            draw(c, y, line)
        y -= 11
    c.save()
    return path
