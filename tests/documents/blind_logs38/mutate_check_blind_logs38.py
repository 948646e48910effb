"""Mutation runs for check_blind_logs38.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a missing agency
folder) run the real check on a copy in a temporary folder; layout-trap mutations (a day total,
a lost DISP= field, a lost block label, a report number out of its parentheses, an
offense total) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs38/mutate_check_blind_logs38.py
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
import check_blind_logs38 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_when(g):
    g[-1]["sample_records"][2]["reported_at"] = "01/01/1999 00:00"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_other_sample(g):
    g[0]["sample_records"][0]["case_number"] = g[0]["case_numbers"][1]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_when, m_type, m_pages, m_dup, m_other_sample]


def check_rc(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs38.py"), "--dir", str(dst)],
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
            if check_rc(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = check_rc(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")

MUT = {
    "brennock-township-mi-pd": lambda t: re.sub(r"(Day total \S+ +)(\d+)", lambda m: m.group(1) + "99", t, count=1),
    "ardley-county-oh-so": lambda t: t.replace("DISP=", "DISPO ", 1),
    "marlow-city-in-pd": lambda t: t.replace("Outcome:", "Result:", 1),
    "otter-prairie-il-pd": lambda t: re.sub(r"\(report (OP25-\d{4})\), officers", r"\1, officers", t, count=1),
    "kessling-university-wi-pd": lambda t: re.sub(r"Offenses listed: (\d+)",
                                                  lambda m: f"Offenses listed: {int(m.group(1)) + 1}", t),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED layout", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
