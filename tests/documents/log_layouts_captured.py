"""Generated logs delivered as screen captures pasted under typed captions (see
``log_layouts``): the caption is the page's only text layer, the log is in the image."""
from __future__ import annotations

import io
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _capture(rows: list[dict], title: str):
    """A records-system grid drawn at screen resolution: a blue title bar, a header bar,
    zebra rows of anti-aliased 12 px text, a status bar; the window 720 x 600 px."""
    from PIL import Image, ImageDraw, ImageFont

    font, bold = ImageFont.truetype(_FONT, 12), ImageFont.truetype(_BOLD, 12)
    columns = (("Case #", 8), ("Reported", 92), ("Nature", 222), ("Location", 362), ("Disposition", 500))
    width, height = 720, max(600, 70 + 20 * len(rows) + 30)     # the window, its grid part empty
    image = Image.new("RGB", (width, height), (240, 240, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 24), fill=(30, 70, 150))
    draw.text((8, 5), title, font=bold, fill=(255, 255, 255))
    draw.text((8, 30), "File  Edit  View  Search  Help", font=font, fill=(0, 0, 0))
    draw.rectangle((0, 50, width, 68), fill=(60, 100, 170))
    for name, x in columns:
        draw.text((x, 53), name, font=bold, fill=(255, 255, 255))
    for k, r in enumerate(rows):
        y = 70 + 20 * k
        draw.rectangle((0, y, width, y + 19), fill=(255, 255, 255) if k % 2 else (225, 235, 248))
        values = (r["no"], f"{r['date'][:6]}{r['date'][8:]} {r['time']}", r["type"], r["address"], r["dispo"])
        for (_, x), value in zip(columns, values):
            draw.text((x, y + 3), value, font=font, fill=(0, 0, 0))
    draw.text((8, height - 22), f"{len(rows)} record(s) found", font=font, fill=(0, 0, 0))
    return image


def captured_grid_under_caption(path: Path, n: int) -> Path:
    """Two pages, each a typed caption ("Screenshot 1 of 2 - search results") over a
    pasted capture of a records-system grid at 100 dpi with no text layer."""
    from reportlab.lib.utils import ImageReader

    rows = incidents(n)
    half = (n + 1) // 2
    c = canvas.Canvas(str(path), pagesize=letter)
    for k, part in enumerate((rows[:half], rows[half:])):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, 740, f"Screenshot {k + 1} of 2 - incident search results")
        image = _capture(part, "Harwick RMS - Incident Search")
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        w, h = image.width * 72 / 100, image.height * 72 / 100   # pasted at 100 dpi
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 54, 725 - h, w, h)
        c.showPage()
    c.save()
    return path


CAPTURED = {f.__name__: f for f in (captured_grid_under_caption,)}
