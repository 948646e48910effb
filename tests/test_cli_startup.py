"""`prr --help` stays light: no Prefect, no pdfplumber, well under half a second."""
import subprocess
import sys
import time


def test_help_imports_nothing_heavy():
    code = ("import sys, prr.cli; "
            "heavy=[m for m in ('prefect','pdfplumber','pypdfium2','datasette','sqlalchemy','aiosmtpd') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_help_is_fast():
    best = min(_time_help() for _ in range(3))
    assert best < 0.5, f"prr --help took {best:.2f}s"


def _time_help() -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "prr", "--help"], capture_output=True, check=True)
    return time.perf_counter() - t
