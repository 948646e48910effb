"""Mutation runs for check_blind_logs110.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (tow or citation) listed as a record, a missing agency folder) run the real check on a copy in
a temporary folder; trap mutations (two per layout: vehicle total or vehicle-row sequence, stop total
or stop numbering, a supplement for a case never opened or an entry total, paragraph numbering or a
tow-log number, the appendix stop total or a stop given a collision's number) are applied to the
`pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs110/mutate_check_blind_logs110.py
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
import check_blind_logs110 as C  # noqa: E402


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


def m_repeat(g):
    """List a record a second time (as if a supplement or vehicle row were a record)."""
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a tow or citation number) as a record."""
    kinds = ("tow_number", "citation_number")
    e = g[0]
    num = next((r for r in e["related_numbers"] if r["kind"] in kinds), e["related_numbers"][0])["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs110.py"), "--dir", str(dst)],
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

TRAP = {  # text mutations that break each layout's trap
    "arlow-ks-pd": lambda t: re.sub(r"Vehicles: (\d+)", lambda m: f"Vehicles: {int(m.group(1)) + 1}", t),
    "brennock-county-mo-so": lambda t: re.sub(r"Stops: (\d+)", lambda m: f"Stops: {int(m.group(1)) + 1}", t),
    "calloway-tn-pd": lambda t: re.sub(r"CASE HR-25-\d{4}( +ENTRY: SUPPLEMENT 1 )", r"CASE HR-25-9999\1", t, count=1),
    "dunmore-pa-pd": lambda t: re.sub(r"^( *)5\. Crash Report", r"\g<1>6. Crash Report", t, count=1, flags=re.M),
    "ellery-or-pd": lambda t: re.sub(r"(\d+) stops, not incidents", lambda m: f"{int(m.group(1)) - 1} stops, not incidents", t),
}


def ellery_stop_as_record(t):
    """Give the first appendix stop the number of a listed collision."""
    cut = t.index(C.APPENDIX)
    ids = C.START["ellery-or-pd"].findall(t[:cut])
    head, rest = t[:cut], t[cut:]
    return head + re.sub(r"^25-\d{5}", ids[0], rest, count=1, flags=re.M)


TRAP2 = {  # a second mutation of each trap
    "arlow-ks-pd": lambda t: re.sub(r"^(\s{40,})V2 ", r"\1V3 ", t, count=1, flags=re.M),
    "brennock-county-mo-so": lambda t: re.sub(r"^(\d{4} +)Stop \d+:", r"\1Stop 99:", t, count=1, flags=re.M),
    "calloway-tn-pd": lambda t: re.sub(r"supplements\): (\d+)", lambda m: f"supplements): {int(m.group(1)) - 1}", t),
    "dunmore-pa-pd": lambda t: re.sub(r"(?<![\w-])25-T\d{4}\)", "25-T9999)", t, count=1),
    "ellery-or-pd": ellery_stop_as_record,
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
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
