"""Files a PDF carries: a PDF Portfolio's files, a cover letter's paperclips, a log exported as
CSV behind a one-line summary page. Each readable file becomes a part of the document: its pages
follow the container's own, numbered on, with ``Page.part`` naming the file.

Where they are found:

* the document's embedded files (the catalog's ``/EmbeddedFiles`` name tree), always;
* ``FileAttachment`` annotations on the first pages (a cover letter's clips are there), always,
  and on every page only when the file's bytes hold ``/FileAttachment`` (a plain log pays one
  byte search, not a page load per page).

What a file gives: a PDF (``%PDF-``) is extracted by ``extract_pdf`` as a document of its own
(text layer, OCR where needed, no records: the log readers read the parts together); a text
file (CSV, TSV, TXT: UTF-8 or latin-1, mostly printable) becomes pages of ``LINES_PER_PAGE``
lines, lines kept whole and a CSV's quoted cells with line breaks kept with their row; any other
file is named in a note. The same bytes attached twice are read once; at most ``MAX_FILES``
files, their total size within the extraction's ``max_bytes``, containers inside attached PDFs
read to ``MAX_DEPTH`` levels. A file that cannot be read is a note, never a failure of the
document."""
from __future__ import annotations

import ctypes
import hashlib
import mmap
import tempfile
from dataclasses import dataclass
from pathlib import Path

from prr.scrapers.pdf.model import Document, Page

MAX_FILES = 50
MAX_DEPTH = 2                 # the container's files, and the files attached to those
FIRST_PAGES = 5               # pages whose annotations are always looked at
LINES_PER_PAGE = 60
PRINTABLE_SHARE = 0.95        # of a text file's characters
TEXT_SAMPLE = 200_000         # characters looked at for that
_MAGIC = ((b"PK\x03\x04", "zip archive"), (b"\xd0\xcf\x11\xe0", "Office document"), (b"\x89PNG", "PNG image"),
          (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"), (b"II*\x00", "TIFF image"),
          (b"MM\x00*", "TIFF image"), (b"{\\rtf", "RTF document"))


@dataclass
class Attached:
    name: str
    data: bytes


def _buffer_data(get, handle) -> bytes | None:
    n = ctypes.c_ulong()
    if not get(handle, None, 0, n) or not n.value:
        return None
    buf = (ctypes.c_char * n.value)()
    out = ctypes.c_ulong()
    if not get(handle, buf, n.value, out):
        return None
    return bytes(buf)[:out.value]


def _name(raw, handle) -> str:
    size = raw.FPDFAttachment_GetName(handle, None, 0)
    if not size:
        return ""
    buf = (raw.FPDF_WCHAR * -(size // -2))()
    raw.FPDFAttachment_GetName(handle, buf, size)
    return bytes(memoryview(buf).cast("B"))[:max(size - 2, 0)].decode("utf-16-le", "replace")


def _mentions_file_attachment(path: Path) -> bool:
    with open(path, "rb") as f:
        try:
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
                return m.find(b"/FileAttachment") >= 0
        except ValueError:      # an empty file cannot be mapped
            return False


def attached_files(pdf, path: Path, notes: list[str]) -> list[Attached]:
    """The files the document carries, in order: its embedded files, then its pages' clips."""
    import pypdfium2.raw as raw

    found: list[Attached] = []
    for i in range(raw.FPDFDoc_GetAttachmentCount(pdf.raw)):
        handle = raw.FPDFDoc_GetAttachment(pdf.raw, i)
        name = (_name(raw, handle) if handle else "") or f"attachment {i + 1}"
        data = _buffer_data(raw.FPDFAttachment_GetFile, handle) if handle else None
        if data is None:
            notes.append(f"attached file {name} could not be read from the PDF")
            continue
        found.append(Attached(name, data))
    pages = len(pdf)
    if pages > FIRST_PAGES and _mentions_file_attachment(path):
        look = range(pages)
    else:
        look = range(min(pages, FIRST_PAGES))
    for i in look:
        page = raw.FPDF_LoadPage(pdf.raw, i)
        if not page:
            continue
        try:
            for j in range(raw.FPDFPage_GetAnnotCount(page)):
                annot = raw.FPDFPage_GetAnnot(page, j)
                if not annot:
                    continue
                try:
                    if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_FILEATTACHMENT:
                        continue
                    handle = raw.FPDFAnnot_GetFileAttachment(annot)
                    name = (_name(raw, handle) if handle else "") or f"file attached on page {i + 1}"
                    data = _buffer_data(raw.FPDFAttachment_GetFile, handle) if handle else None
                    if data is None:
                        notes.append(f"attached file {name} (page {i + 1}) could not be read from the PDF")
                        continue
                    found.append(Attached(name, data))
                finally:
                    raw.FPDFPage_CloseAnnot(annot)
        finally:
            raw.FPDF_ClosePage(page)
    return found


def file_kind(name: str, data: bytes) -> str:
    """What a file is, for a note: its extension, else what its first bytes say."""
    suffix = Path(name).suffix.lower().lstrip(".")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"{suffix}, {kind}" if suffix else kind
    return suffix or "unknown type"


def as_text(name: str, data: bytes) -> str | None:
    """The file's text if it is a text file (UTF-8 or latin-1, mostly printable), else None."""
    if b"\x00" in data[:4096]:
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None
    sample = text[:TEXT_SAMPLE]
    printable = sum(1 for c in sample if c.isprintable() or c in "\n\t\f")
    return text if printable >= PRINTABLE_SHARE * len(sample) else None


def _rows(text: str, quoted: bool) -> list[list[str]]:
    """The text's lines, a CSV row whose quoted cell holds line breaks kept as one group."""
    rows: list[list[str]] = []
    open_quote = False
    for line in text.split("\n"):
        if open_quote and rows:
            rows[-1].append(line)
        else:
            rows.append([line])
        if quoted and line.count('"') % 2:
            open_quote = not open_quote
    while rows and rows[-1] == [""]:
        rows.pop()
    return rows


def text_pages(name: str, text: str, lines_per_page: int = LINES_PER_PAGE) -> list[str]:
    """A text file as pages of ``lines_per_page`` lines: no line cut, no row parted."""
    if "\f" in text:
        chunks = text.split("\f")
    else:
        quoted = Path(name).suffix.lower() in (".csv", ".tsv") or text.lstrip().startswith('"')
        chunks, page = [], []
        for row in _rows(text, quoted):
            if page and len(page) + len(row) > lines_per_page:
                chunks.append("\n".join(page))
                page = []
            page.extend(row)
        if page:
            chunks.append("\n".join(page))
    return [c for c in chunks if c.strip()] or [text]


def _extract_attached(item: Attached, *, ocr: bool, tables: bool, max_bytes: int, max_ocr_pages: int,
                      depth: int, progress) -> Document:
    from prr.scrapers.pdf.extract import extract_pdf

    with tempfile.TemporaryDirectory(prefix="prr-attached-") as tmp:
        file = Path(tmp) / "attached.pdf"
        file.write_bytes(item.data)
        return extract_pdf(file, ocr=ocr, tables=tables, records=False, max_bytes=max_bytes,
                           max_ocr_pages=max_ocr_pages, progress=progress, attachment_depth=depth)


def add_attachments(pdf, path: Path, document: Document, *, ocr: bool, tables: bool, max_bytes: int,
                    max_ocr_pages: int, depth: int = MAX_DEPTH, progress=None) -> None:
    """Append the pages of the files ``pdf`` carries to ``document.pages`` (``depth`` levels
    of containers still read: 0 reads none)."""
    if depth <= 0:
        import pypdfium2.raw as raw

        if raw.FPDFDoc_GetAttachmentCount(pdf.raw):
            document.notes.append("files attached inside an attached file were not read (nesting limit)")
        return
    notes: list[str] = []
    try:
        files = attached_files(pdf, path, notes)
    except Exception as e:      # the container's own pages stay
        document.notes.append(f"the attached files could not be listed: {type(e).__name__}: {e}")
        return
    document.notes.extend(notes)
    if not files:
        return
    # (a file that is the container itself adds nothing: the container is hashed only when
    # an attached file has its size, not read again for every document with attachments)
    own_size, own_digest, seen = path.stat().st_size, None, set()
    budget, read, skipped = max_bytes, [], []
    ocr_left = max_ocr_pages - sum(p.method == "ocr" for p in document.pages)
    for item in files:
        digest = hashlib.sha256(item.data).hexdigest()
        if len(item.data) == own_size and own_digest is None:
            own_digest = hashlib.sha256(path.read_bytes()).hexdigest()
            seen.add(own_digest)
        if digest in seen:
            continue
        seen.add(digest)
        if len(read) + len(skipped) >= MAX_FILES:
            document.notes.append(f"attached file {item.name} was not read: over the limit of {MAX_FILES} files")
            continue
        if len(item.data) > budget:
            document.notes.append(f"attached file {item.name} was not read: the attached files' total size "
                                  f"would pass the {max_bytes / 1e6:.0f} MB limit")
            continue
        budget -= len(item.data)
        pages = _read_one(item, document, ocr=ocr, tables=tables, max_bytes=max_bytes,
                          max_ocr_pages=max(ocr_left, 0), depth=depth - 1, progress=progress)
        if pages is None:
            skipped.append(item.name)
            continue
        ocr_left -= sum(p.method == "ocr" for p in pages)
        start = len(document.pages)
        for k, p in enumerate(pages, start=1):
            p.number = start + k
            p.part = f"{item.name}/{p.part}" if p.part else item.name
        document.pages.extend(pages)
        read.append(f"{item.name} ({len(pages)} page{'s' if len(pages) != 1 else ''})")
    if read:
        document.notes.append("attached files read as parts of the document: " + ", ".join(read))


def _read_one(item: Attached, document: Document, *, ocr: bool, tables: bool, max_bytes: int,
              max_ocr_pages: int, depth: int, progress) -> list[Page] | None:
    """The pages a file gives, or None (with a note) when it gives none."""
    kind = file_kind(item.name, item.data)
    if b"%PDF-" in item.data[:1024]:
        try:
            sub = _extract_attached(item, ocr=ocr, tables=tables, max_bytes=max_bytes,
                                    max_ocr_pages=max_ocr_pages, depth=depth, progress=progress)
        except Exception as e:
            sub = Document(status="error", error=f"{type(e).__name__}: {e}")
        if sub.status != "ok" or not sub.pages:
            document.notes.append(f"attached file {item.name} (PDF) was not read: {sub.status}"
                                  + (f" ({sub.error})" if sub.error else ""))
            return None
        document.notes.extend(f"{item.name}: {n}" for n in sub.notes)
        document.layout_text = document.layout_text or sub.layout_text
        return sub.pages
    text = as_text(item.name, item.data)
    if text is not None:
        return [Page(number=0, text=t, method="text") for t in text_pages(item.name, text)]
    document.notes.append(f"attached file {item.name} ({kind}) was not read")
    return None
