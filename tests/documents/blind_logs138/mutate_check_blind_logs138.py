"""Mutation runs for check_blind_logs138.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
an implied value replaced by the one printed before it, sha256, page count or record count, an
unprinted related number, an id listed as related, a related number listed as a record, a missing
agency folder) run the real check on a copy in a temporary folder; trap mutations (ditto marks
removed or put on a document's first row, a unit-response or offense-line total changed, a unit row
or -"- row moved above the first record, a beat subtotal changed, empty-beat lines removed, a
supplement total changed, a cited number changed) are applied to the `pdftotext -layout` text and
fed to the layout check.
Run: python tests/documents/blind_logs138/mutate_check_blind_logs138.py
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
import check_blind_logs138 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


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
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


def m_implied(g):
    """Give the middle sample a date one day earlier than the one its heading or ditto implies."""
    s = g[0]["sample_records"][1]
    d, tm = s["reported_at"].split()
    mm, dd, yy = d.split("/")
    s["reported_at"] = f"{mm}/{int(dd) - 1:02d}/{yy} {tm}" if int(dd) > 1 else f"{mm}/02/{yy} {tm}"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (DR, grievance, use-of-force report, else a booking) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_implied]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs138.py"), "--dir", str(dst)],
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
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")

def bump(label, k):
    return lambda t: re.sub(rf"{label}(\d+)", lambda mm: f"{label.replace(chr(92), '')}{int(mm.group(1)) + k}", t, count=1)


def first_row(t, row):
    """Put a row right under the first page's header rule (above the first record)."""
    i = t.index("\n", re.search(r"^(?:-{40}|={40})", t, re.M).start()) + 1
    return t[:i] + row + "\n" + t[i:]


TRAP = {  # text mutations that break each layout's trap
    "brackton-oh-pd": lambda t: re.sub(r' " ', "   ", t),
    "lorimer-county-ks-so": bump("Unit responses: ", 1),
    "harwell-me-pd": bump(r"Beat 2 subtotal: ", 1),
    "quarry-falls-id-pd": bump(r"cases, ", 1),
    "ostrander-wv-pd": bump("Offense lines: ", -1),
}
TRAP2 = {  # a second mutation of each trap
    "brackton-oh-pd": lambda t: re.sub(r"^(\d\d/\d\d/25 \d{4} 25-\d{5} .*? {2,})\d{3} ",
                                       lambda mm: mm.group(1) + ' " ', t, count=1, flags=re.M),
    "lorimer-county-ks-so": lambda t: first_row(t, " " * 92 + "L99    00:01 00:05 00:30"),
    "harwell-me-pd": lambda t: t.replace("(nothing logged this beat)", ""),
    "quarry-falls-id-pd": lambda t: re.sub(r"See prior case QF24-\d{4}", "See prior case QF24-9999", t),
    "ostrander-wv-pd": lambda t: first_row(t, ' -"-         -"-      -"-      -"-                Trespass'),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[-1]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
