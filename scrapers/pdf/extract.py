"""``extract_pdf``: one call that never raises for bad input; it returns a Document
whose ``status`` says what happened (ok, encrypted, malformed, empty, too_large, not_pdf).
:func:`scrapers.pdf.isolated.extract_pdf_limited` runs it in a child process with CPU,
memory and time limits (``timed_out`` when one is hit)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from prr.scrapers.pdf.attachments import MAX_DEPTH, add_attachments
from prr.scrapers.pdf.extractors import Extractor
from prr.scrapers.pdf.layerchecks import (
    distrust_gibberish,
    distrust_lying_layer,
    distrust_misread_layer,
    drop_unprinted,
)
from prr.scrapers.pdf.model import Document, ExtractionError, Page

MAX_BYTES = 200 * 1024 * 1024
MAX_PAGES = 20_000
MAX_OCR_PAGES = 100           # ~5 s each: a 1,000-page scan would otherwise take over an hour
TABLE_MIN_PATHS = 8           # pages with fewer vector paths have no ruled table for pdfplumber to find


@dataclass
class PageScan:
    number: int
    text_objects: int
    image_objects: int
    path_objects: int


def sniff(data: bytes) -> str | None:
    """Why these leading bytes are not a PDF, or None if they look like one."""
    if not data:
        return "empty"
    if b"%PDF-" in data[:1024]:
        return None
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "not_pdf:the file is HTML, not a PDF (a portal may have returned an error or login page)"
    return "not_pdf:the file does not start with a PDF header (%PDF-)"


def scan_pages(doc) -> list[PageScan]:
    """Count text, image and path objects per page with raw pdfium calls (~1,100 pages/s)."""
    import pypdfium2.raw as raw

    out = []
    for i in range(len(doc)):
        page = raw.FPDF_LoadPage(doc.raw, i)
        if not page:
            out.append(PageScan(i + 1, 0, 0, 0))
            continue
        counts = {1: 0, 2: 0, 3: 0}
        for j in range(raw.FPDFPage_CountObjects(page)):
            kind = raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page, j))
            if kind in counts:
                counts[kind] += 1
        raw.FPDF_ClosePage(page)
        out.append(PageScan(i + 1, counts[raw.FPDF_PAGEOBJ_TEXT], counts[raw.FPDF_PAGEOBJ_IMAGE],
                            counts[raw.FPDF_PAGEOBJ_PATH]))
    return out


def extract_pdf(path: str | Path, *, ocr: bool = True, tables: bool = True, records: bool = True,
                max_bytes: int = MAX_BYTES, max_ocr_pages: int = MAX_OCR_PAGES, max_pages: int = MAX_PAGES,
                progress=None, attachment_depth: int = MAX_DEPTH) -> Document:
    """Text per page (fast text layer, OCR where a page has none), the pages of the files the
    PDF carries (``attachments.py``: ``attachment_depth`` levels of containers), incident-log
    records when the document is a log, and tables where a page has ruling lines (not for a
    log whose records were read from its text: its records are its rows)."""
    path = Path(path)
    if progress:
        progress(f"reading the text of {path.name}")
    try:
        return _extract(path, ocr=ocr, tables=tables, records=records, max_bytes=max_bytes,
                        max_ocr_pages=max_ocr_pages, max_pages=max_pages, progress=progress,
                        attachment_depth=attachment_depth)
    except ExtractionError as e:
        return Document(status=e.status, error=str(e))


def read_records(doc: Document, progress=None) -> None:
    """Incident-log records from the document's text, with a status that says what was found.

    The readers need the layout text of poppler's pdftotext (character columns stand for
    positions on the page). Without it they do not guess from pypdfium2's text, whose
    rows differ: the records status says which package to install. A document with files
    attached has its parts read apart (a cover letter is no log's first page) and merged."""
    from prr.scrapers.incident_log import parse_log, parse_parts

    if any(p.method == "text" for p in doc.pages) and not doc.layout_text:
        doc.records_status = "not_read"
        doc.records_reason = ("incident-log records need poppler's pdftotext for the page layout: install "
                              "poppler-utils (apt-get install poppler-utils) and extract again")
        doc.notes.append(doc.records_reason)
        return

    try:
        parts = doc.parts()
        if len(parts) > 1:
            result = parse_parts([[p.text for p in part] for part in parts], progress,
                                 names=[part[0].part for part in parts])
        else:
            result = parse_log([p.text for p in doc.pages], progress)
    except Exception as e:   # a log parser bug must not lose the text
        doc.notes.append(f"incident-log parsing failed: {type(e).__name__}: {e}")
        doc.records_status, doc.records_reason = "no_records_recognised", f"parser error: {e}"
        return
    doc.records = result.records
    doc.records_status, doc.records_reason = result.status, result.reason


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password="")
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise ExtractionError("encrypted", "the PDF is password-protected and the empty password "
                                  "does not open it; ask the agency for an unprotected copy") from None
        raise ExtractionError("malformed", f"the PDF cannot be parsed ({msg}); ask the agency to resend "
                              "it or re-save it with a PDF tool") from None


def _extract(path: Path, *, ocr: bool, tables: bool, records: bool, max_bytes: int, max_ocr_pages: int,
             max_pages: int = MAX_PAGES, progress=None, attachment_depth: int = MAX_DEPTH) -> Document:
    _check_file(path, max_bytes)
    pdf = _open(path)
    try:
        count = len(pdf)
        if count == 0:
            raise ExtractionError("empty", "the PDF has no pages")
        if count > max_pages:
            raise ExtractionError("too_large", f"the PDF has {count} pages, over the {max_pages} page limit "
                                  "(PRR_LIMIT_PDF_PAGES)")
        document = Document()
        # Looking for ruling lines loads every page in pdfium (~0.4 ms a page). Without
        # records it runs while pdftotext does; with records it waits: a log whose records
        # come from its text needs no table finder, and most big documents are logs.
        pages, scans, unprinted = _text_layer(path, pdf, count, document, scan=tables and not records,
                                              records=records)
        if unprinted and document.layout_text:
            drop_unprinted(path, pages, document)
        if ocr:
            distrust_gibberish(pages, document)
            distrust_misread_layer(path, pdf, pages, document, max_ocr_pages)
            distrust_lying_layer(path, pages, document, max_ocr_pages)
            done = _ocr_blank_pages(path, pages, document, max_ocr_pages)
            _ocr_captioned_pages(path, pdf, pages, document, max_ocr_pages - done)
        else:
            for p in pages:
                if not p.text.strip():
                    p.method = "none"
        document.pages = pages
        add_attachments(pdf, path, document, ocr=ocr, tables=tables and not records, max_bytes=max_bytes,
                        max_ocr_pages=max_ocr_pages, depth=attachment_depth, progress=progress)
        has_text = any(p.text.strip() for p in pages)
        if records and has_text:
            read_records(document, progress)
        if tables and document.records_status != "records":
            if scans is None:
                scans = scan_pages(pdf)
            _find_tables(path, pages, scans, document)
    finally:
        pdf.close()

    if not has_text and not any(p.tables for p in pages):
        document.status = "empty"
        document.error = ("no text found on any page" +
                          ("" if ocr and Extractor.first_available("ocr") else " (OCR was not run)"))
    elif records and not has_text:
        read_records(document, progress)      # tables but no text: says so
    return document


def _check_file(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ExtractionError("malformed", f"cannot read {path}: {e.strerror}") from None
    if size == 0:
        raise ExtractionError("empty", "the file is empty (0 bytes)")
    if size > max_bytes:
        raise ExtractionError("too_large", f"the file is {size / 1e6:.0f} MB, over the {max_bytes / 1e6:.0f} MB "
                              "limit; split it or raise the limit")
    with open(path, "rb") as f:
        problem = sniff(f.read(1024))
    if problem:
        status, _, message = problem.partition(":")
        raise ExtractionError(status, message or "the file is empty")


def _find_tables(path: Path, pages: list[Page], scans: list[PageScan], document: Document) -> None:
    candidates = [s.number for s in scans if s.path_objects >= TABLE_MIN_PATHS]
    table_cls = Extractor.first_available("tables")
    if candidates and table_cls is not None:
        try:
            for t in table_cls().extract(path, candidates):
                pages[t.number - 1].tables = t.tables
        except Exception as e:
            document.notes.append(f"table extraction failed: {type(e).__name__}: {e}")


def _ocr_captioned_pages(path: Path, pdf, pages: list[Page], document: Document, max_ocr_pages: int) -> None:
    """Pages whose text layer is a caption over images of text (``captioned.py``): the
    caption and the images' OCR."""
    from prr.scrapers.pdf.captioned import caption_only, captioned_pages, read_captioned
    from prr.scrapers.pdf.extractors import tidy_page_text

    small = [p.number for p in pages if p.method == "text" and caption_only(p.text)]
    if not small or Extractor.first_available("ocr") is None:
        return
    try:
        found = captioned_pages(pdf, [p.text for p in pages], small)
        if not found:
            return
        todo = found[:max(max_ocr_pages, 0)]
        if len(found) > len(todo):
            document.notes.append(f"OCR limited to {len(todo)} of {len(found)} pages of images under a caption")
        texts = read_captioned(path, todo) if todo else {}
    except Exception as e:
        document.notes.append(f"OCR failed: {type(e).__name__}: {e}")
        return
    for number, text in texts.items():
        pages[number - 1].text, pages[number - 1].method = tidy_page_text(text), "ocr"
    if texts:
        document.notes.append(f"{len(texts)} pages hold images of text under a short text layer (a caption): "
                              "their images were read by OCR")


def _ocr_blank_pages(path: Path, pages: list[Page], document: Document, max_ocr_pages: int) -> int:
    """OCR of the pages without text; how many pages were OCR'd."""
    blank = [p.number for p in pages if not p.text.strip()]
    if not blank:
        return 0
    ocr_cls = Extractor.first_available("ocr")
    if ocr_cls is None:
        document.notes.append("tesseract is not installed: pages without a text layer have no text "
                              "(install tesseract-ocr and run the extraction again)")
        for n in blank:
            pages[n - 1].method = "none"
        return 0
    todo = blank[:max_ocr_pages]
    if len(blank) > max_ocr_pages:
        document.notes.append(f"OCR limited to {max_ocr_pages} of {len(blank)} pages without text")
        for n in blank[max_ocr_pages:]:
            pages[n - 1].method = "none"
    try:
        for p in ocr_cls().extract(path, todo):
            pages[p.number - 1].text = p.text
            pages[p.number - 1].method = "ocr"
    except Exception as e:
        document.notes.append(f"OCR failed: {type(e).__name__}: {e}")
        for n in todo:
            pages[n - 1].method = "none"
    return len(todo)


def _text_layer(path: Path, pdf, count: int, document: Document,
                scan: bool = True, records: bool = False) -> tuple[list[Page], list[PageScan] | None, bool]:
    """The registered text extractors in rank order, the first available one that reads the
    file wins, and whether a sample of the pages shows text that is not printed
    (``unprinted.py``). One that can run in a subprocess (``start``/``finish``: pdftotext)
    runs while pdfium scans page objects here (2 cores: both at once), when ``scan``; while
    the sample is looked at; and while the log readers are imported, when ``records``."""
    from prr.scrapers.pdf.unprinted import sample_shows_unprinted

    readers = Extractor.for_role("text")
    missed = [f"{c.kind}" + (f" ({c.needs})" if c.needs else "") + " not installed"
              for c in readers if not c.available()]
    readers = [c for c in readers if c.available()]
    first = readers[0]() if readers else None
    procs = first.start(path, count) if first is not None and hasattr(first, "start") else None
    try:
        scans = scan_pages(pdf) if scan else None
        try:
            unprinted = sample_shows_unprinted(pdf)
        except Exception as e:      # the text as read stays
            document.notes.append(f"the check for unprinted text failed: {type(e).__name__}: {e}")
            unprinted = False
        if records and procs:
            # the log readers' import (~0.13 s CPU, once a process: 130 modules) done while
            # pdftotext reads the first document, not after it, when nothing else runs
            import prr.scrapers.incident_log  # noqa: F401
    except BaseException:
        if procs:
            first.stop(procs)
        raise
    last_error: Exception | None = None
    for i, cls in enumerate(readers):
        reader = first if i == 0 else cls()
        try:
            if i == 0 and procs is not None:
                pages = reader.finish(procs, count)
                document.layout_text = True
            else:
                pages = reader.extract(path, list(range(1, count + 1)))
                document.layout_text = document.layout_text or hasattr(reader, "start")
        except ExtractionError as e:
            if e.status == "encrypted":
                raise
            missed.append(f"{cls.kind} failed ({e})")
            last_error = e
            continue
        except Exception as e:
            missed.append(f"{cls.kind} failed ({type(e).__name__}: {e})")
            last_error = e
            continue
        if missed:
            document.notes.append("; ".join(missed) + f"; used {cls.kind}")
        return pages, scans, unprinted
    why = f"{type(last_error).__name__}: {last_error}" if last_error else "no text extractor is available"
    raise ExtractionError("malformed", f"no text could be read: {why}") from None
