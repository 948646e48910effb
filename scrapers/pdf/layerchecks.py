"""Checks of a document's text layer after it is read, each replacing what the layer gets
wrong: text carried but not printed is left out (``unprinted.py``); a gibberish layer is
dropped for OCR (``readable.py``); a scanner's OCR layer that misreads the numbers
(``copierlayer.py``) and a typeset layer whose digits are not the printed ones
(``lyinglayer.py``) are replaced by a fresh OCR of their pages. Each check's failure is
a note; the text as read stays."""

from __future__ import annotations

from pathlib import Path

from prr.scrapers.pdf.extractors import Extractor
from prr.scrapers.pdf.model import Document, Page


def drop_unprinted(path: Path, pages: list[Page], document: Document) -> None:
    """Text the pages carry but do not print (white, clipped, covered, cropped off, a layer
    switched off: ``unprinted.py``) is left out of their text, in a document whose sampled
    pages showed some."""
    from prr.scrapers.pdf.unprinted import printed_texts

    def read(copy: Path, numbers: list[int]) -> dict[int, str]:
        # (the copy read by the registered text extractor, as the document's other pages were)
        reader = Extractor.first_available("text")
        return {p.number: p.text for p in reader().extract(copy, numbers)} if reader else {}

    try:
        texts, words = printed_texts(path, [p.number for p in pages if p.method == "text"], read)
    except Exception as e:      # the text as read stays
        document.notes.append(f"the check for unprinted text failed: {type(e).__name__}: {e}")
        return
    for number, text in texts.items():
        pages[number - 1].text = text
    if texts:
        document.notes.append(f"{words} words on {len(texts)} pages are in the text layer but not printed "
                              "(white on white, clipped, covered, outside the crop box or in a hidden layer): "
                              "they were left out")


def distrust_gibberish(pages: list[Page], document: Document) -> None:
    """A text layer that is gibberish is dropped so that its pages are OCR'd."""
    from prr.scrapers.pdf.readable import unreadable

    bad, share = unreadable(_head(pages))
    if not bad:
        return
    for p in pages:
        p.text = ""
    document.notes.append(f"the text layer is unreadable (only {share:.0%} of its words are dictionary words): "
                          "the pages were read by OCR instead")


def distrust_misread_layer(path: Path, pdf, pages: list[Page], document: Document, max_ocr_pages: int) -> None:
    """A scanner's invisible OCR layer over page images that misreads the document's numbers
    while a fresh OCR of the images reads them (``copierlayer.py``): those pages are OCR'd."""
    from prr.scrapers.pdf.copierlayer import misread_layer_pages

    if Extractor.first_available("ocr") is None or not any(p.text.strip() for p in pages):
        return
    _read_afresh(pages, document, lambda: (
        misread_layer_pages(path, pdf, [p.text for p in pages], _ocr_pages, max_ocr_pages),
        "the invisible OCR layer over the page images misreads the document's numbers"))


def distrust_lying_layer(path: Path, pages: list[Page], document: Document, max_ocr_pages: int) -> None:
    """A typeset text layer whose numbers are not the ones printed (a font's wrong digit map,
    an id column whose digits extract as letters) while a fresh OCR of a page reads them
    (``lyinglayer.py``): the pages are OCR'd."""
    from prr.scrapers.pdf.lyinglayer import lying_layer_pages

    if any(p.method == "ocr" for p in pages) or not any(p.text.strip() for p in pages):
        return      # (a page read by OCR already: its layer was judged)

    def judged() -> tuple[dict[int, str] | None, str]:
        fresh, why = lying_layer_pages(path, [p.text for p in pages], _ocr_pages, max_ocr_pages)
        return fresh, f"the text layer does not say what the pages print ({why})"

    _read_afresh(pages, document, judged)


def _ocr_pages(path: Path, numbers: list[int]) -> dict[int, str]:
    """Page images read by OCR, by page number (the OCR extractor looked up only here: the
    layer checks call it for a suspect layer only)."""
    ocr_cls = Extractor.first_available("ocr")
    return {p.number: p.text for p in ocr_cls().extract(path, numbers)} if ocr_cls else {}


def _read_afresh(pages: list[Page], document: Document, judge) -> None:
    """Pages a layer check read afresh by OCR (``judge() -> (texts by page number or None,
    why)``) take that reading, with a note saying why; a failing OCR leaves the layer and says so."""
    try:
        fresh, why = judge()
    except Exception as e:
        document.notes.append(f"OCR failed: {type(e).__name__}: {e}")
        return
    if not fresh:
        return
    for number, text in fresh.items():
        pages[number - 1].text, pages[number - 1].method = text, "ocr"
    document.notes.append(f"{why}: {len(fresh)} pages were read by OCR instead")


def _head(pages: list[Page], chars: int = 200_000) -> str:
    """The text of the first pages: enough for the sample of words the check reads."""
    out, n = [], 0
    for p in pages:
        out.append(p.text)
        n += len(p.text)
        if n >= chars:
            break
    return "\n".join(out)
