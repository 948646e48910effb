"""PDF extraction in a child process with CPU-time, memory, wall-time and page limits.

A hostile PDF (a page of a million path operators, hundreds of blank pages to OCR, a
decompression bomb) must cost a bounded amount: :func:`extract_pdf_limited` runs
:func:`scrapers.pdf.extract.extract_pdf` in a child interpreter that has its own process
group, ``RLIMIT_CPU`` and ``RLIMIT_AS`` (both inherited by pdftotext and tesseract),
and a wall-clock deadline after which the whole group is killed. It never raises for
bad input: the Document's status says what happened, ``timed_out`` or ``too_large``
with the limit that was hit and the setting that raises it.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from prr.scrapers.pdf.model import Document, Page

_CHILD = "from prr.scrapers.pdf.isolated import serve; serve()"


def serve() -> None:
    """In the child: read the job (JSON on stdin), set the limits, extract, answer on stdout."""
    import resource

    job = json.loads(sys.stdin.read())
    cpu_s, memory_mb = int(job["cpu_s"]), int(job["memory_mb"])
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 2))
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        from prr.scrapers.pdf.extract import extract_pdf

        payload = extract_pdf(job["path"], **job["options"]).to_json()
        text = json.dumps(payload)
    except MemoryError:
        text = json.dumps({"status": "too_large", "error": f"extraction needed more than the {memory_mb} MB "
                           "memory limit (PRR_LIMIT_PDF_MEMORY_MB)"})
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which records it
        text = json.dumps({"status": "error", "error": f"extraction failed: {type(e).__name__}: {e}"})
    sys.stdout.write(text)
    sys.stdout.flush()


def _document(payload: dict) -> Document:
    return Document(pages=[Page(**p) for p in payload.get("pages") or []], records=payload.get("records") or [],
                    status=payload.get("status", "error"), error=payload.get("error"),
                    notes=list(payload.get("notes") or []))


def extract_pdf_limited(path: str | Path, *, ocr: bool = True, limits=None, **options) -> Document:
    """:func:`extract_pdf` within ``limits`` (:class:`prr.core.settings.Limits`; the settings'
    by default). A fresh interpreter per document: it inherits no threads, locks or open
    state from this process (which may be a Prefect worker), and its limits end with it."""
    if limits is None:
        from prr.core.settings import get_settings

        limits = get_settings().limits
    job = {"path": str(Path(path).resolve()), "cpu_s": limits.pdf_cpu_seconds, "memory_mb": limits.pdf_memory_mb,
           "options": dict(options, ocr=ocr, max_pages=limits.pdf_pages, max_ocr_pages=limits.pdf_ocr_pages)}
    # The child imports what this process imports, from the same places.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(json.dumps(job).encode(), timeout=limits.pdf_wall_seconds)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        proc.communicate()
        return Document(status="timed_out", error=f"extraction took longer than {limits.pdf_wall_seconds:g} s "
                        "(PRR_LIMIT_PDF_WALL_SECONDS); the file was not read")
    finally:
        _kill_group(proc)        # helpers (pdftotext, tesseract) left in the child's group
    if proc.returncode == 0 and out:
        try:
            return _document(json.loads(out))
        except ValueError:
            pass
    return _failure(proc.returncode, time.monotonic() - started, limits, err)


def _kill_group(proc) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _failure(code: int | None, elapsed: float, limits, err: bytes) -> Document:
    if code in (-signal.SIGXCPU, -signal.SIGKILL):
        return Document(status="timed_out", error=f"extraction used more than {limits.pdf_cpu_seconds:g} s of CPU "
                        "(PRR_LIMIT_PDF_CPU_SECONDS); the file was not read")
    if code in (-signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS) or b"MemoryError" in err[-2000:]:
        return Document(status="too_large", error=f"the extractor ran out of its {limits.pdf_memory_mb} MB memory "
                        f"limit (PRR_LIMIT_PDF_MEMORY_MB) and stopped (code {code})")
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return Document(status="error", error=f"the extraction process ended with code {code} and no result: {tail[0][:200]}")
