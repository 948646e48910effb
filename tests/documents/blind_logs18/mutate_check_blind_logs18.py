"""Mutation runs for check_blind_logs18.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, date or
type, sha256, page count or record count, an unprinted related number, an id listed as related,
a sample moved to another school band, a missing agency folder) run the real check on a copy in
a temporary folder; layout-trap mutations (a spreadsheet row number, a school band removed, a memo
item renumbered, a check-box mark removed, a glance count below the record count) are applied to
the `pdftotext -layout` text.
Run: python tests/documents/blind_logs18/mutate_check_blind_logs18.py
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
import check_blind_logs18 as C  # noqa: E402


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
    s["reported_at"] = re.sub(r"\d\d", "77", s["reported_at"], count=1)


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_campus(g):
    s = g[0]["sample_records"][0]
    if "campus" in s:
        s["campus"] = "JUNIPER ELEMENTARY (Site 11)" if "JUNIPER" not in s["campus"] else "QUAD (Site 99)"
    else:
        s["summary"] = "Nothing of this was printed."


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_campus]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir())
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
            rc = subprocess.run(
                [sys.executable, str(SRC / "check_blind_logs18.py"), "--dir", str(dst)], capture_output=True
            ).returncode
            if rc:
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# remove a folder
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs18.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")

MUT = {
    "brantwick-wi-pd": lambda t: re.sub(r"^( +)5( +2025-\d{6} )", r"\g<1>9\2", t, count=1, flags=re.M),
    "millbrook-usd-ca-pd": lambda t: C.BAND.sub("", t, count=1),
    "port-of-selwick-wa-harbor-police": lambda t: re.sub(r"^ 2\. ", " 3. ", t, count=1, flags=re.M),
    "ormsby-field-nv-airport-police": lambda t: re.sub(rf"(?<!\S)X {C.BOXES}", r"  \1", t, count=1),
    "wickham-falls-vt-pd": lambda t: re.sub(r"^(Calls for service +)\d+$", r"\g<1>12", t, count=1, flags=re.M),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED layout", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
