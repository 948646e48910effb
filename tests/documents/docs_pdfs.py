"""PDFs made for tests: synthetic logs in layouts the parser has never seen, scanned pages,
big and broken files."""
from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

TYPES = ["Burglary", "Noise Complaint", "Traffic Collision", "Welfare Check", "Vandalism", "Shoplifting",
         "Suspicious Person", "Medical Aid"]
STREETS = ["Main St", "Ocean Ave", "Harbor Blvd", "Pine Rd", "Vista Way", "Canyon Dr"]
DISPOS = ["Report Taken", "Unfounded", "Arrest", "Gone on Arrival", "Advised"]


def incidents(n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        day, hour, minute = 1 + i // 6, rnd.randrange(24), rnd.randrange(60)
        out.append({
            "no": f"24-{1000 + i:05d}",
            "case": f"C24-{500 + i}" if i % 3 == 0 else "",
            "date": f"04/{day:02d}/2024",
            "time": f"{hour:02d}:{minute:02d}",
            "type": TYPES[i % len(TYPES)],
            "address": f"{100 + 10 * i} {STREETS[i % len(STREETS)]}",
            "dispo": DISPOS[i % len(DISPOS)],
            "summary": f"Officer responded to call number {i}; caller advised of follow-up steps.",
        })
    return out


def block_log(path: Path, rows: list[dict]) -> Path:
    """"Incident No:/Reported:/Nature:/Address:" blocks with a multi-line narrative."""
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740

    def header():
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 760, "City of Seaside Police Department - Daily Activity Log")
        c.setFont("Helvetica", 10)

    header()
    for r in rows:
        if y < 140:
            c.setFont("Helvetica", 8)
            c.drawString(50, 40, f"Printed 05/01/2024 - Page {c.getPageNumber()}")
            c.showPage()
            header()
            y = 740
        c.drawString(50, y, f"Incident No: {r['no']}")
        c.drawString(300, y, f"Reported: {r['date']} {r['time']}")
        c.drawString(50, y - 14, f"Nature: {r['type']}")
        c.drawString(300, y - 14, f"Disposition: {r['dispo']}")
        c.drawString(50, y - 28, f"Address: {r['address']}")
        c.drawString(50, y - 42, "Narrative:")
        c.drawString(70, y - 56, r["summary"])
        y -= 84
    c.setFont("Helvetica", 8)
    c.drawString(50, 40, f"Printed 05/01/2024 - Page {c.getPageNumber()}")
    c.save()
    return path


def table_log(path: Path, rows: list[dict]) -> Path:
    """A header row repeated on each page, one record per row; long types wrap to a second line."""
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = [(40, "Call #"), (110, "Date"), (175, "Time"), (215, "Call Type"), (345, "Location"),
            (480, "Disposition")]
    y = 0

    def header():
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 760, "Harbor City PD Calls for Service")
        for x, title in cols:
            c.drawString(x, 735, title)
        c.setFont("Helvetica", 9)
        return 718

    y = header()
    for r in rows:
        if y < 60:
            c.showPage()
            y = header()
        vals = [r["no"], r["date"], r["time"], r["type"], r["address"], r["dispo"]]
        for (x, _), v in zip(cols, vals):
            c.drawString(x, y, v)
        y -= 16
    c.save()
    return path


def scanned_pdf(path: Path, lines: list[str]) -> Path:
    """An image-only page (no text layer), like a scan."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (2550, 3300), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 64)
    except OSError:
        font = ImageFont.load_default(size=64)
    for i, line in enumerate(lines):
        draw.text((200, 300 + i * 110), line, fill=0, font=font)
    img.save(path, "PDF", resolution=300.0)
    return path


def many_pages(path: Path, n: int = 1000) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    for i in range(1, n + 1):
        c.setFont("Helvetica", 11)
        for k in range(30):
            c.drawString(50, 750 - 20 * k, f"Page {i} line {k}: public records text for extraction speed.")
        c.showPage()
    c.save()
    return path


def huge_image_pdf(path: Path, side: int = 6000, caption: str | None = None) -> Path:
    """A small file whose one image decodes to side*side*3 bytes (108 MB at 6000); the
    words are drawn into the image, so the page has no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (side, side), (255, 255, 255))
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", side // 25)
    except OSError:
        font = ImageFont.load_default(size=side // 25)
    ImageDraw.Draw(img).text((side // 10, side // 10), "OVERSIZED SCAN PAGE", fill=(0, 0, 0), font=font)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.drawImage(ImageReader(img), 0, 0, width=612, height=792)
    if caption:
        c.drawString(50, 700, caption)
    c.save()
    return path


def grid_log(path: Path, rows: list[dict]) -> Path:
    """A ruled table (grid lines), as spreadsheet exports print: header row, then rows."""
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    data = [["Report No.", "Occurred", "Offense", "Address", "Status"]]
    data += [[r["no"], f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"]] for r in rows]
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    SimpleDocTemplate(str(path), pagesize=letter).build([table])
    return path


def caps_log(path: Path, rows: list[dict]) -> Path:
    """ALL-CAPS labels with colons, two records' fields on one line each, no blank lines."""
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 750
    c.setFont("Courier", 9)
    for r in rows:
        if y < 60:
            c.showPage()
            c.setFont("Courier", 9)
            y = 750
        c.drawString(30, y, f"CASE NO: {r['case'] or 'NONE'}  DATE/TIME: {r['date']} {r['time']}  "
                            f"OFFENSE: {r['type'].upper()}")
        c.drawString(30, y - 11, f"LOCATION: {r['address'].upper()}  DISPOSITION: {r['dispo'].upper()}")
        y -= 26
    c.save()
    return path
