"""Documents: files that came back from agencies (reply attachments, portal downloads).

``add_document`` stores the bytes once (content-addressed under ``PRR_HOME/files``) and
records a ``documents`` row; ``process_document`` extracts text, tables and incident-log
records and stores pages and incidents; triggers keep the full-text index current.
A bad file never raises here: its row gets a status and a reason, and it can be retried.
Extraction runs in a child process within the limits in the settings (``PRR_LIMIT_PDF_*``):
a file that needs more is ``too_large`` or ``timed_out``, with the limit that was hit.
"""
from __future__ import annotations

import mimetypes
import sqlite3
from pathlib import Path

from prr.core.files import store_bytes
from prr.db import documents as store
from prr.db.replies import get_communication
from prr.db.requests import get_request


def add_document(conn: sqlite3.Connection, path_or_bytes: str | Path | bytes, *, filename: str,
                 request_id: int | None = None, communication_id: int | None = None,
                 city_slug: str | None = None, content_type: str | None = None, settings=None) -> int:
    """Store a file and record it; the same bytes for the same request are one document."""
    if settings is None:
        from prr.core.settings import get_settings

        settings = get_settings()
    data = path_or_bytes if isinstance(path_or_bytes, (bytes, bytearray)) else Path(path_or_bytes).read_bytes()
    data = bytes(data)
    if city_slug is None and request_id is not None:
        r = get_request(conn, request_id)
        city_slug = r["city_slug"] if r else None
    if city_slug is None and communication_id is not None:
        r = get_communication(conn, communication_id)
        if r:
            city_slug = r["city_slug"]
            request_id = request_id if request_id is not None else r["request_id"]
    if content_type is None:
        from prr.scrapers.pdf import sniff

        content_type = "application/pdf" if data and sniff(data[:1024]) is None else (
            mimetypes.guess_type(filename)[0] or "application/octet-stream")
    digest, stored = store_bytes(settings.files_dir, data, filename)
    existing = store.find_document(conn, digest, request_id=request_id, communication_id=communication_id)
    if existing:
        return existing["id"]
    return store.insert_document(conn, request_id=request_id, communication_id=communication_id,
                                 city_slug=city_slug, sha256=digest, path=str(stored), filename=filename,
                                 content_type=content_type, size=len(data))


def extract_document(conn: sqlite3.Connection, document_id: int, *, ocr: bool = True, extractor=None,
                     progress=None) -> dict:
    """Extract a stored document without saving: the arguments for
    :func:`prr.db.documents.save_extraction` (``document_id``, ``status``, ``error``, ``pages``,
    ``records``). Never raises for a bad file."""
    from prr.scrapers.pdf.isolated import extract_pdf_limited

    doc_row = store.get_document(conn, document_id)
    if doc_row is None:
        raise LookupError(f"no document {document_id}")
    path = Path(doc_row["path"])
    if not path.exists():
        return {"document_id": document_id, "status": "error", "pages": [], "records": [],
                "error": f"stored file missing: {path}; add the document again"}
    try:
        # A child process with CPU, memory and page limits (one per batch when given).
        doc = extractor.extract(path, ocr=ocr, progress=progress) if extractor is not None \
            else extract_pdf_limited(path, ocr=ocr, progress=progress)
    except Exception as e:   # extraction bugs are recorded, not raised: other documents go on
        return {"document_id": document_id, "status": "error", "pages": [], "records": [],
                "error": f"{type(e).__name__}: {e}"}
    error = doc.error
    if doc.notes:
        error = "; ".join(([error] if error else []) + doc.notes)
    return {"document_id": document_id, "status": doc.status, "error": error,
            "pages": [p.to_json() for p in doc.pages], "records": doc.records,
            "records_status": doc.records_status, "records_reason": doc.records_reason}


def _summary(item: dict) -> dict:
    return {"document_id": item["document_id"], "status": item["status"], "pages": len(item["pages"]),
            "records": len(item["records"]), "records_status": item.get("records_status"),
            "records_reason": item.get("records_reason"), "error": item["error"]}


def process_document(conn: sqlite3.Connection, document_id: int, *, ocr: bool = True, progress=None) -> dict:
    """Extract a stored document and save its pages and incident records.

    Returns ``{"document_id", "status", "pages", "records", "error"}``; never raises for a bad
    file (the status and reason are on the row; run it again after fixing the cause).
    ``progress(message)`` is told each stage (reading the text, finding and reading records).
    """
    item = extract_document(conn, document_id, ocr=ocr, progress=progress)
    store.save_extraction(conn, document_id, status=item["status"], error=item["error"],
                          pages=item["pages"], records=item["records"],
                          records_status=item.get("records_status"), records_reason=item.get("records_reason"))
    return _summary(item)


def process_documents(conn: sqlite3.Connection, document_ids: list[int], *, ocr: bool = True) -> list[dict]:
    """Extract several documents, then save them all in one transaction with one bulk
    index update (what the flow does per batch)."""
    from prr.scrapers.pdf.isolated import LimitedExtractor

    with LimitedExtractor() as extractor:
        items = [extract_document(conn, i, ocr=ocr, extractor=extractor) for i in document_ids]
    store.save_extractions(conn, items)
    return [_summary(i) for i in items]


def import_paths(conn: sqlite3.Connection, paths, *, request_id: int | None = None, settings=None,
                 process: bool = True) -> list[dict]:
    """Add (and extract) PDFs that arrived outside email; a folder adds every PDF inside it."""
    results = []
    for p in expand_paths(paths):
        doc_id = add_document(conn, p, filename=p.name, request_id=request_id, settings=settings)
        result = process_document(conn, doc_id) if process else {"document_id": doc_id, "status": "pending"}
        results.append({"path": str(p), **result})
    return results


def expand_paths(paths) -> list[Path]:
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf"))
        else:
            out.append(p)
    return out
