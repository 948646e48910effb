"""A scanned page faxed upside down or scanned sideways is turned upright before OCR, where
tesseract's orientation detection is confident: its rows are read, not garbage."""
from __future__ import annotations

import shutil

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from prr.scrapers.pdf import extract_pdf, extractors

pytestmark = pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract is not installed")

NUMBERS = [f"24-{5100 + i:06d}" for i in range(18)]


def _scan(tmp_path, turn: int):
    """A typed log page, rendered at 200 dpi and kept only as an image turned ``turn`` degrees."""
    typed = tmp_path / "typed.pdf"
    c = canvas.Canvas(str(typed), pagesize=letter, invariant=1)
    c.setFont("Courier", 11)
    c.drawString(54, 740, "Case No.    Reported          Type                  Location")
    for i, number in enumerate(NUMBERS):
        c.drawString(54, 716 - 20 * i, f"{number}   04/0{1 + i % 9}/24 1{i % 10}:15    "
                                       f"{['Theft', 'Burglary', 'Vandalism'][i % 3]:<20}  {100 + i} Main St")
    c.save()
    doc = pdfium.PdfDocument(str(typed))
    image = doc[0].render(scale=200 / 72, grayscale=True).to_pil().rotate(turn, expand=True)
    doc.close()
    scan = tmp_path / f"scan-{turn}.pdf"
    image.save(scan, "PDF", resolution=200)
    return scan


def _read(path) -> str:
    return "\n".join(p.text for p in extract_pdf(path, records=False, tables=False, ocr=True).pages)


@pytest.mark.parametrize("turn", [180, 90])
def test_a_turned_scan_is_read_upright(tmp_path, turn):
    text = _read(_scan(tmp_path, turn))
    assert sum(n in text for n in NUMBERS) >= len(NUMBERS) - 1, text


def test_without_turning_the_same_scan_gives_no_rows(tmp_path, monkeypatch):
    # the test above can fail: the page as scanned, read without orientation detection
    monkeypatch.setattr(extractors, "OSD_MIN_CONFIDENCE", float("inf"))
    text = _read(_scan(tmp_path, 180))
    assert sum(n in text for n in NUMBERS) <= 2
