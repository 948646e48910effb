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
    """In the child: one JSON job per line on stdin, one JSON answer per line on stdout.
    Each job gets ``cpu_s`` more seconds of CPU than the process has used so far (the
    soft RLIMIT_CPU: SIGXCPU ends the process past it); the memory limit is fixed."""
    import resource

    memory_set = False
    for line in sys.stdin:
        job = json.loads(line)
        memory_mb = int(job["memory_mb"])
        if not memory_set:
            limit = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            memory_set = True
        used = resource.getrusage(resource.RUSAGE_SELF)
        budget = int(used.ru_utime + used.ru_stime) + int(job["cpu_s"]) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (budget, resource.RLIM_INFINITY))
        try:
            from prr.scrapers.pdf.extract import extract_pdf

            tell = _tell if job.get("progress") else None
            text = json.dumps(extract_pdf(job["path"], progress=tell, **job["options"]).to_json())
        except MemoryError:
            text = json.dumps({"status": "too_large", "error": f"extraction needed more than the {memory_mb} MB "
                               "memory limit (PRR_LIMIT_PDF_MEMORY_MB)"})
        except Exception as e:  # noqa: BLE001 - reported to the parent, which records it
            text = json.dumps({"status": "error", "error": f"extraction failed: {type(e).__name__}: {e}"})
        sys.stdout.write(text + "\n")
        sys.stdout.flush()


def _tell(message: str) -> None:
    """In the child: a stage of the extraction, as a line before the answer."""
    sys.stdout.write(json.dumps({"progress": message}) + "\n")
    sys.stdout.flush()


def _document(payload: dict) -> Document:
    doc = Document(pages=[Page(**p) for p in payload.get("pages") or []], records=payload.get("records") or [],
                   status=payload.get("status", "error"), error=payload.get("error"),
                   notes=list(payload.get("notes") or []))
    for name in ("records_status", "records_reason", "layout_text"):     # whatever the child's Document says
        if name in payload:
            setattr(doc, name, payload[name])
    return doc


class LimitedExtractor:
    """A child interpreter that extracts PDFs one after another within the limits; a
    child that hits one is killed (with its helpers) and the next document gets a new one.
    ``with LimitedExtractor() as x: x.extract(path)``. A fresh interpreter, not a fork: it
    inherits no threads, locks or open state from this process (a Prefect worker)."""

    def __init__(self, limits=None):
        if limits is None:
            from prr.core.settings import get_settings

            limits = get_settings().limits
        self.limits = limits
        self._proc: subprocess.Popen | None = None

    def _start(self) -> subprocess.Popen:
        # The child imports what this process imports, from the same places.
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        return subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, start_new_session=True)

    def extract(self, path: str | Path, *, ocr: bool = True, progress=None, **options) -> Document:
        """``progress(message)`` is told each stage the child reaches (text, records)."""
        limits = self.limits
        job = {"path": str(Path(path).resolve()), "cpu_s": limits.pdf_cpu_seconds, "memory_mb": limits.pdf_memory_mb,
               "options": dict(options, ocr=ocr, max_pages=limits.pdf_pages, max_ocr_pages=limits.pdf_ocr_pages),
               "progress": progress is not None}
        if self._proc is None or self._proc.poll() is not None:
            self._proc = self._start()
        proc = self._proc
        try:
            proc.stdin.write((json.dumps(job) + "\n").encode())
            proc.stdin.flush()
        except OSError:
            pass                       # the child died at once: its exit code says why, below
        for line in self._read_lines(proc, limits.pdf_wall_seconds):
            try:
                payload = json.loads(line)
            except ValueError:
                break
            if isinstance(payload, dict) and set(payload) == {"progress"}:
                if progress is not None:
                    progress(str(payload["progress"]))
                continue
            return _document(payload)
        timed_out = proc.poll() is None
        self.close()
        if timed_out:
            return Document(status="timed_out", error=f"extraction took longer than {limits.pdf_wall_seconds:g} s "
                            "(PRR_LIMIT_PDF_WALL_SECONDS); the file was not read")
        return _failure(proc.returncode, limits, proc.stderr.read(4000) if proc.stderr else b"")

    @staticmethod
    def _read_lines(proc, seconds: float):
        """The child's answer lines (progress lines, then the document) until ``seconds``
        have passed or the child ends."""
        import selectors

        deadline = time.monotonic() + seconds
        buf = bytearray()
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                    continue
                chunk = os.read(proc.stdout.fileno(), 1 << 20)
                if not chunk:
                    return             # the child ended
                buf += chunk
                while b"\n" in buf:
                    line, _, rest = bytes(buf).partition(b"\n")
                    buf = bytearray(rest)
                    yield line

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=0.5 if proc.poll() is None else 0)
        except subprocess.TimeoutExpired:
            pass
        _kill_group(proc)              # the child and its helpers (pdftotext, tesseract)
        proc.wait()

    def __enter__(self) -> LimitedExtractor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def extract_pdf_limited(path: str | Path, *, ocr: bool = True, limits=None, progress=None, **options) -> Document:
    """:func:`extract_pdf` within ``limits`` (:class:`prr.core.settings.Limits`; the settings'
    by default), in a child process of its own; ``progress(message)`` hears its stages."""
    with LimitedExtractor(limits) as extractor:
        return extractor.extract(path, ocr=ocr, progress=progress, **options)


def _kill_group(proc) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _failure(code: int | None, limits, err: bytes) -> Document:
    if code in (-signal.SIGXCPU, -signal.SIGKILL):
        return Document(status="timed_out", error=f"extraction used more than {limits.pdf_cpu_seconds:g} s of CPU "
                        "(PRR_LIMIT_PDF_CPU_SECONDS); the file was not read")
    if code in (-signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS) or b"MemoryError" in err[-2000:]:
        return Document(status="too_large", error=f"the extractor ran out of its {limits.pdf_memory_mb} MB memory "
                        f"limit (PRR_LIMIT_PDF_MEMORY_MB) and stopped (code {code})")
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return Document(status="error", error=f"the extraction process ended with code {code} and no result: {tail[0][:200]}")
