"""Mutation runs for check_blind_logs58.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
reported date, a wrong type, a missing agency folder) run the real check on a copy in a
temporary folder; layout-trap mutations (no time past 24:00, a sweep row's count, the case
number moved out of its board column, a stub serial, a timetable mark) are applied to the
`pdftotext -layout` text.
Run: python tests/documents/blind_logs58/mutate_check_blind_logs58.py
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
import check_blind_logs58 as C  # noqa: E402


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
    s["reported_at"] = "01JAN 00:00" if s["reported_at"][2:5].isalpha() else "01/01/2025 0000"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst)
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            rc = subprocess.run(
                [sys.executable, str(SRC / "check_blind_logs58.py"), "--dir", str(dst)], capture_output=True
            ).returncode
            if rc:
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# remove a folder
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst)
    shutil.rmtree(dst / folders[0])
    rc = subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs58.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")

MUT = {
    # every time past midnight printed as the next calendar day's clock
    "vantremont-mo-metro-rail-police": lambda t: re.sub(
        r"^(MR25-\d{5} +\d\d/\d\d/2025 +)2([4-7]):", lambda m: f"{m.group(1)}0{int(m.group(2)) - 4}:", t, flags=re.M
    ),
    "oxley-plains-tx-area-transit-police": lambda t: re.sub(
        r"SWEEP( +)(\d+) CHECKED", lambda m: f"SWEEP{m.group(1)}{int(m.group(2)) + 1} CHECKED", t, count=1
    ),
    # the case number swapped with the gate in one board row
    "pelletier-field-mi-airport-police": lambda t: re.sub(
        r"^( *\d\d[A-Z]{3} +\d\d:\d\d +\S+(?: \d+)? +)(\S+(?: \S+)?)( +.+? +)(PFA-\d{5})",
        r"\1\4\3\2", t, count=1, flags=re.M
    ),
    "saltreed-nj-commuter-rail-police": lambda t: re.sub(r"No\. (\d{7})", "No. 9999999", t, count=1),
    "marisol-bay-ca-light-rail-police": lambda t: re.sub(r"(\d\d:\d\d) [a-l](?= |$)", r"\1", t, count=1, flags=re.M),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    recs = C.records(f, t)
    assert not C.check_layout(f, e["file"], t, e, recs), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2) or recs)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
