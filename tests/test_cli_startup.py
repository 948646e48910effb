"""`prr --help` stays light: it imports no Prefect, pdfplumber or other heavy package.
(Its speed is measured by benchmarks/cli_startup.py, not asserted here.)"""
import subprocess
import sys


def test_help_imports_nothing_heavy():
    code = ("import sys, prr.cli; "
            "heavy=[m for m in ('prefect','pdfplumber','pypdfium2','datasette','sqlalchemy','aiosmtpd') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
