"""Extractor plugins: each turns some pages of a PDF into text or tables.

Measured on 2 cores: poppler's ``pdftotext -layout`` ~820 pages/s and keeps table rows
on one line; pypdfium2 ~390-950 pages/s (content-stream order, rows may come out
column by column); pdfplumber ~9 pages/s (layout-aware, finds ruled tables);
tesseract 2.5-6.5 s per 300-dpi page. So the fast paths produce the text, pdfplumber
only looks at pages that have ruling lines, and OCR only at pages with no text layer.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import ClassVar

from prr.core.plugins import Plugin
from prr.scrapers.pdf.model import ExtractionError, Page
from prr.scrapers.pdf.ocrlayout import ocr_text
from prr.scrapers.pdf.orientation import evened_photograph, read_upright
from prr.scrapers.pdf.plainchars import plain_text
from prr.scrapers.pdf.spaced import rejoin_letter_spaced

PDFTOTEXT_TIMEOUT_S = 300


class Extractor(Plugin):
    """Family of page extractors; ``extract(path, numbers)`` returns one Page per number."""

    registry: ClassVar[dict[str, type]] = {}
    group = "extractor"
    contract = ("available", "extract")
    # Which step of ``extract_pdf`` uses it: "text" (the text layer), "tables" (pages with
    # ruling lines) or "ocr" (pages with no text); within a step the lowest rank that is
    # available is tried first, the next ones are fallbacks.
    role: ClassVar[str] = ""
    rank: ClassVar[int] = 100
    needs: ClassVar[str] = ""     # what to install when ``available()`` is false

    @classmethod
    def available(cls) -> bool:
        return True

    @classmethod
    def for_role(cls, role: str) -> list[type[Extractor]]:
        """Every registered extractor (entry points included) for one step, in the order tried."""
        return sorted((c for c in cls.kinds().values() if c.role == role), key=lambda c: (c.rank, c.kind))

    @classmethod
    def first_available(cls, role: str) -> type[Extractor] | None:
        return next((c for c in cls.for_role(role) if c.available()), None)

    def extract(self, path: Path, numbers: list[int]) -> list[Page]:
        raise NotImplementedError


class PdftotextExtractor(Extractor):
    """Text layer via poppler's pdftotext -layout (fastest; keeps table rows on one line)."""

    kind = "pdftotext"
    role, rank, needs = "text", 10, "poppler-utils"
    options = {'tool': "poppler's pdftotext on PATH"}

    @classmethod
    def available(cls) -> bool:
        return shutil.which("pdftotext") is not None

    def start(self, path: Path, count: int = 0) -> list[subprocess.Popen]:
        """Start pdftotext on the file (so the caller can work while it runs). A document
        of some length is read by two processes at once, one per half, where a second core
        is there to run it (``_read_in_halves``): pdftotext lays out each page on its own,
        so the halves' pages are the whole file's (checked byte for byte on the 391 corpus
        and test PDFs of four pages or more)."""
        self._path = path
        if _read_in_halves(count):
            half = count // 2
            return [_pdftotext(path, 1, half), _pdftotext(path, half + 1, count)]
        return [_pdftotext(path)]

    @staticmethod
    def stop(procs: list[subprocess.Popen]) -> None:
        """End the processes still running and reap them all, pipes closed (the caller
        gave up on their text, or has read it: communicate then returns what it read)."""
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()

    def finish(self, procs: list[subprocess.Popen], count: int) -> list[Page]:
        try:
            outs = _read_outputs(procs)
        finally:
            self.stop(procs)
        # pdftotext ends every page with a form feed, so there is one chunk more than pages
        # (and the halves, each ending with one, join into the whole file's text).
        chunks = "".join(outs).split("\f")
        if len(procs) > 1 and len(chunks) != count + 1:
            raise ExtractionError("malformed", f"pdftotext gave {len(chunks) - 1} pages of {count}")
        # a page set one character per cell at a wide pitch ("B U R G L A R Y"): set again from its glyphs
        tidied = [tidy_page_text(c) for c in chunks[:count]]
        texts = rejoin_letter_spaced(getattr(self, "_path", None), tidied)
        # a page set again from its glyph boxes has its characters made plain too
        texts = [t if t is old else plain_text(t) for t, old in zip(texts, tidied)]
        return [Page(number=i + 1, text=texts[i] if i < len(texts) else "", method="text") for i in range(count)]

    def extract(self, path: Path, numbers: list[int]) -> list[Page]:
        import pypdfium2 as pdfium

        count = len(pdfium.PdfDocument(str(path)))
        pages = self.finish(self.start(path, count), count)
        return [pages[n - 1] for n in numbers]


SPLIT_FROM_PAGES = 12       # pages from which two pdftotext processes may share a document
ALWAYS_SPLIT_FROM_PAGES = 100     # and from which they do whatever the load


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _read_in_halves(count: int) -> bool:
    """Whether a document of ``count`` pages is read by two pdftotext processes. Each
    process costs ~6 ms of CPU to start; in return a 34-page register is read in 23 ms
    instead of 39, a 16-page one in 14 instead of 22 (2 cores, medians of 15). Below 100
    pages that trade is taken only where a core is idle (the last minute's load under the
    number of cores): on a busy machine the CPU is better left to the other work."""
    cores = _cores()
    if count < SPLIT_FROM_PAGES or cores < 2:
        return False
    return count >= ALWAYS_SPLIT_FROM_PAGES or os.getloadavg()[0] < cores


def _pdftotext(path: Path, first: int = 0, last: int = 0) -> subprocess.Popen:
    pages = ["-f", str(first), "-l", str(last)] if first else []
    return subprocess.Popen(["pdftotext", "-layout", "-enc", "UTF-8", *pages, str(path), "-"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _read_outputs(procs: list[subprocess.Popen]) -> list[str]:
    """Each process's text, read at once (a half whose pipe is not read stops when the pipe
    is full); the first failure in page order is raised."""
    if len(procs) == 1:
        return [_read_output(procs[0])]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(len(procs)) as pool:
        futures = [pool.submit(_read_output, proc) for proc in procs]
    return [f.result() for f in futures]


def _read_output(proc: subprocess.Popen) -> str:
    """One pdftotext process's text, or the ExtractionError its failure is."""
    try:
        out, err = proc.communicate(timeout=PDFTOTEXT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        PdftotextExtractor.stop([proc])
        raise ExtractionError("malformed", f"pdftotext took over {PDFTOTEXT_TIMEOUT_S} s") from None
    message = err.decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        if "password" in message.lower():
            raise ExtractionError("encrypted", message)
        raise ExtractionError("malformed", message or f"pdftotext exit code {proc.returncode}")
    return out.decode("utf-8", "replace")


class PdfiumExtractor(Extractor):
    """Text layer via pypdfium2 (fallback when pdftotext is missing or fails on a file)."""

    kind = "pypdfium2"
    role, rank = "text", 20

    def extract(self, path: Path, numbers: list[int]) -> list[Page]:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        try:
            out = []
            for n in numbers:
                page = doc[n - 1]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                page.close()
                out.append(Page(number=n, text=tidy_page_text(text.replace("\r\n", "\n")), method="text"))
            return out
        finally:
            doc.close()


class PdfplumberTables(Extractor):
    """Tables via pdfplumber, for pages that have ruling lines (slow: used sparingly)."""

    kind = "pdfplumber"
    role, rank = "tables", 10
    options = {'tables': 'tables on candidate pages (prr docs extract)'}

    def extract(self, path: Path, numbers: list[int]) -> list[Page]:
        import pdfplumber

        out = []
        with pdfplumber.open(str(path)) as pdf:
            for n in numbers:
                page = pdf.pages[n - 1]
                try:
                    tables = [clean_table(t) for t in page.extract_tables()]
                finally:
                    page.close()   # pdfplumber keeps ~6 MB per parsed page otherwise
                out.append(Page(number=n, text="", method="text", tables=[t for t in tables if t]))
        return out


# one block of rows, spaces kept: a log page stays row by row, its columns apart
ROWS_CONFIG = "--psm 6 -c preserve_interword_spaces=1"


def read_rows(image) -> str:
    """Tesseract's reading of a page image (or part of one) as one block of rows, one thread
    (measured: its default OpenMP threading is 4-5x slower on 2 cores)."""
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    return pytesseract.image_to_string(image, config=ROWS_CONFIG)


class TesseractOcr(Extractor):
    """OCR with tesseract (pytesseract) on a 300-dpi pypdfium2 render, one thread per page, each
    page turned upright first where tesseract's orientation detection is confident, and
    turned again where its reading is garbage that another turn reads as words."""

    kind = "ocr"
    role, rank, needs = "ocr", 10, "tesseract-ocr"
    options = {'ocr': 'tesseract on PATH; pages without a text layer (--no-ocr turns it off)'}
    dpi = 300
    max_pixels = 60_000_000   # cap the render of oversized pages (memory), lowering the dpi

    @classmethod
    def available(cls) -> bool:
        return shutil.which("tesseract") is not None

    def extract(self, path: Path, numbers: list[int]) -> list[Page]:
        import pypdfium2 as pdfium
        import pytesseract

        # Measured: tesseract's default OpenMP threading is 4-5x slower on 2 cores.
        os.environ["OMP_THREAD_LIMIT"] = "1"
        doc = pdfium.PdfDocument(str(path))
        try:
            out = []
            for n in numbers:
                page = doc[n - 1]
                w, h = page.get_size()   # points
                scale = self.dpi / 72
                if w * h * scale * scale > self.max_pixels:
                    scale = (self.max_pixels / (w * h)) ** 0.5
                bitmap = page.render(scale=scale, grayscale=True)
                image = bitmap.to_pil()
                bitmap.close()
                page.close()
                image = _upright(image, pytesseract)
                # a photographed page (a shadow, a glare patch) evened out first: tesseract's one
                # threshold loses the letters where the paper is darker or brighter than elsewhere
                even = evened_photograph(image)
                if even is not None:
                    image.close()
                    image = even
                # one block of rows, spaces kept: a log page stays row by row, its columns apart
                # (a blank back's show-through lifted, a page of two columns read one at a time)
                def read(im):
                    return ocr_text(im, read_rows)
                # (a reading of letters turned over: the page stands another way than OSD said)
                text = read_upright(image, read(image), read,
                                    lambda im: pytesseract.image_to_string(im, config="--psm 6"))
                image.close()
                out.append(Page(number=n, text=tidy_page_text(text), method="ocr"))
            return out
        finally:
            doc.close()


# Tesseract's orientation detection says how far to turn a page clockwise to read it (a page
# faxed upside down, scanned sideways); below this confidence its guess is not acted on.
# Measured 2026-12-03: ~1 s a 300-dpi page; upright pages 6.6-12.7, turned pages 5.1-10.
OSD_MIN_CONFIDENCE = 2.0
_ROTATE = re.compile(r"^Rotate: (\d+)$", re.M)
_CONFIDENCE = re.compile(r"^Orientation confidence: ([\d.]+)$", re.M)


def _upright(image, pytesseract):
    """The page image turned to read upright, where tesseract is confident it is turned; as
    it is otherwise (a blank page or too little text to tell raises: left as it is)."""
    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0")
    except pytesseract.TesseractError:   # too few characters to tell (a blank page), no osd data
        return image
    rotate, confidence = _ROTATE.search(osd), _CONFIDENCE.search(osd)
    if not rotate or not confidence or int(rotate.group(1)) % 360 == 0 \
            or float(confidence.group(1)) < OSD_MIN_CONFIDENCE:
        return image
    turned = image.rotate(-int(rotate.group(1)), expand=True)   # PIL turns counter-clockwise
    image.close()
    return turned


_NUMERIC = re.compile(r"^[\d/.,:$%\- ]+$")


def clean_cell(cell: str | None) -> str | None:
    """pdfplumber returns some numbers with a space between every digit ("1 2 3"): join them."""
    if cell is None:
        return None
    cell = cell.strip()
    if " " in cell and _NUMERIC.match(cell):
        tokens = cell.split()
        # "0 3 / 2 5 / 2 0 16": mostly one-character tokens means spacing inside one value,
        # not two values ("12 345" stays as it is).
        if sum(len(t) == 1 for t in tokens) * 2 > len(tokens):
            return "".join(tokens)
    return cell


def clean_table(table: list[list[str | None]]) -> list[list[str | None]]:
    rows = [[clean_cell(c) for c in row] for row in table]
    return [r for r in rows if any(c for c in r)]


def tidy_page_text(text: str) -> str:
    """The page's text with its characters read as the page shows them (``plainchars``),
    trailing blanks and blank first and last lines dropped."""
    lines = [line.rstrip() for line in plain_text(text).splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
