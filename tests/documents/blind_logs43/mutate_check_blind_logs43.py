"""Mutation runs for check_blind_logs43.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a non-record entry's number listed as
an id, a wrong sample value or date, sha256, page count or record count, an unprinted related
number, an id listed as related, a missing agency folder) run the real check on a copy in a
temporary folder; layout-trap mutations (a non-record line or block removed or given a case
number, a booking line pointing at the wrong case, an id moved to a paragraph start, a journal
number skipped) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs43/mutate_check_blind_logs43.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs43 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hollow Rd"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "11/01/2025 " + s["reported_at"].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "ARSON"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_other(g):
    """A booking, paper or warrant number (printed, but not a case) listed as a record."""
    rel = g[0]["related_numbers"][0]["number"]
    g[0]["case_numbers"][2] = rel


def m_invented(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_other, m_invented]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs43.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder missing
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED missing folder")

TEXT_MUT = {
    "harlow-county-ne-so": [
        lambda t: re.sub(r"^ +\d\d/\d\d/2025 \d{4} CALL: [^\n]*\n", "", t, count=1, flags=re.M),
        lambda t: re.sub(r"^( +\d\d/\d\d/2025 \d{4} JAIL: [^\n]*)$", r"\1 HC25-99999", t, count=1, flags=re.M),
    ],
    "quill-county-or-so": [
        lambda t: re.sub(r"BOOKED ON CASE 25-Q(\d{5})", "BOOKED ON CASE 25-Q99999", t, count=1),
    ],
    "vesper-county-mt-so": [
        lambda t: t.replace("Case No.:       none", "Case No.:       pending", 1),
        lambda t: re.sub(r"Entries this bulletin: (\d+)", lambda m: f"Entries this bulletin: {int(m.group(1)) - 1}", t),
    ],
    "dunlin-county-wv-so": [
        lambda t: re.sub(r"^( +\d{4} hrs\. )([^\n]*?)(Case DC-25-\d{5} opened\.)", r"\1\3 \2", t, count=1, flags=re.M),
    ],
    "quarrier-county-ky-so": [
        lambda t: re.sub(r"^\d{6}( \d\d/\d\d/\d\d \d\d:\d\d CFS )", r"999999\1", t, count=1, flags=re.M),
        lambda t: re.sub(r"CORO (\d+)", lambda m: f"CORO {int(m.group(1)) + 1}", t, count=1),
    ],
}
for f, muts in TEXT_MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e), f
    for i, mut in enumerate(muts):
        t2 = mut(t)
        assert t2 != t, (f, i)
        out = C.check_layout(f, e["file"], t2, e)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED text mutation", f, i)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
