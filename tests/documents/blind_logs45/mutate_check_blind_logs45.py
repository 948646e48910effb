"""Mutation runs for check_blind_logs45.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
date, a missing agency folder, a PDF changed by one byte) run the real check on a copy in a
temporary folder; layout-trap mutations (a bell period, a bare id outside its asterisks, a
development count, a board letter, a ticket total) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs45/mutate_check_blind_logs45.py
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
import check_blind_logs45 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


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
    s["reported_at"] = "10/02/2025 " + s["reported_at"].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_agency(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_agency]


def fails(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs45.py"), "--dir", str(dst)], capture_output=True
    ).returncode != 0


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0


def tally(ok, what):
    global caught, missed
    caught += bool(ok)
    missed += not ok
    if not ok:
        print("MISSED", what)


for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            tally(fails(dst), f"{f} {m.__name__}")
# remove a folder; change one byte of a PDF
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    tally(fails(dst), "removed folder")
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    pdf = sorted((dst / folders[1]).glob("*.pdf"))[0]
    data = bytearray(pdf.read_bytes())
    data[-40] ^= 1
    pdf.write_bytes(bytes(data))
    tally(fails(dst), "changed PDF byte")

MUT = {
    "hearthmoor-usd-ca-school-safety": lambda t: re.sub(r"(/2025 +)After( +\d\d:\d\d )", r"\1P2   \2", t, count=1),
    "calderon-county-medical-center-security": lambda t: t.replace("Outcome:", "Outcome:  see SEC000001 ", 1),
    "marrowgate-housing-authority-ri": lambda t: re.sub(
        r"\. (\d+) resident safety incidents were logged", lambda m: f". {int(m.group(1)) + 1} resident safety "
        "incidents were logged", t, count=1),
    "ashdown-parks-and-recreation-oh": lambda t: re.sub(r"^(Larkin Park +)(\S)", r"\1\2 q", t, count=1, flags=re.M),
    "kestrel-valley-water-power-security-id": lambda t: re.sub(
        r"work orders (\d+),", lambda m: f"work orders {int(m.group(1)) - 1},", t),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    tally(C.check_layout(f, e["file"], t2, e, C.records(f, t2)), f"{f} trap")

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
