"""Every registered document extractor, run for real on a real PDF: it returns pages
with the right numbers and what it is for (text, tables, OCR text)."""
from __future__ import annotations

import pytest

from prr.scrapers.pdf.extractors import Extractor


def _image_only_pdf(src, dest):
    """The first page of ``src`` as a picture (no text layer): what OCR is for."""
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(str(src))[0].render(scale=200 / 72, grayscale=True).to_pil()
    image.save(dest, "PDF", resolution=200)
    return dest


def _checks():
    """kind -> (PDF chosen from the generated ones, what the first page must hold)."""
    return {
        "pdftotext": ("table_log.pdf", lambda p: "Disposition" in p.text or len(p.text) > 200),
        "pypdfium2": ("table_log.pdf", lambda p: len(p.text) > 200),
        "pdfplumber": ("grid_log.pdf", lambda p: p.tables and len(p.tables[0]) > 5),
        "ocr": ("image", lambda p: p.method == "ocr" and len(p.text.split()) > 20),
    }


KINDS = sorted(Extractor.kinds())


@pytest.mark.parametrize("kind", KINDS)
def test_extractor_returns_pages(kind, made, tmp_path):
    checks = _checks()
    assert kind in checks, f"extractor {kind!r} has no round-trip case here: add one"
    cls = Extractor.get(kind)
    if hasattr(cls, "available") and not cls.available():
        pytest.skip(f"{kind}: its tool is not installed on this machine")
    name, ok = checks[kind]
    path = _image_only_pdf(made / "table_log.pdf", tmp_path / "scan.pdf") if name == "image" else made / name
    pages = cls().extract(path, [1])
    assert [p.number for p in pages] == [1]
    assert ok(pages[0]), pages[0]
