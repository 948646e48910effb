"""Mutation runs for check_blind_logs105.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location,
type or date, a wrong sha256, page count or record count, an unprinted related number, an id also
listed as related, a related number listed as an id) and a removed agency folder run the real check
on a copy in a temporary folder; trap mutations (a tour scan or shift change not counted, a police
case moved to another row, a continued header naming the wrong incident, a shift change dropped, a
note marker lost from a checkpoint grid) are applied to the `pdftotext -layout` text and fed to the
layout check.
Run: python tests/documents/blind_logs105/mutate_check_blind_logs105.py
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
import check_blind_logs105 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Annex"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "police_case", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "police_case", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    date, _, time = s["reported_at"].partition(" ")
    s["reported_at"] = date[:3] + "02" + date[5:] + " " + time


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_relid(g):
    """List a related number (police case, earlier incident) as a record."""
    e = next(x for x in g if x["related_numbers"])
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_relid]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs105.py"), "--dir", str(dst)],
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


def first_police_to_dash(t):
    """The police case number of the first referred row moved off it (the row shows '--')."""
    return re.sub(r"^( *)TPD-25-\d{5}( +TGH-S-)", lambda m: m.group(1) + "--" + " " * 10 + m.group(2), t,
                  count=1, flags=re.M)


def wrong_continued(t):
    return re.sub(r"BCCS-2025-(\d{4}) \(continued\)", lambda m: f"BCCS-2025-{int(m.group(1)) + 1} (continued)",
                  t, count=1)


TRAP = {  # text mutations that break each layout's trap (several per layout)
    "quenby-ks-municipal-campus-security": [
        lambda t: re.sub(r"Checkpoint scans: (\d+)", lambda m: f"Checkpoint scans: {int(m.group(1)) - 1}", t),
        lambda t: re.sub(r"^(.*?) TOUR( +Checkpoint)", r"\1 SHIFT\2", t, count=1, flags=re.M),
        lambda t: re.sub(r"^(.*?QMS-25-\d{4}.*?)QPD25-\d{5}", r"\1           ", t, count=1, flags=re.M),
    ],
    "tessaly-general-hospital-md-security": [
        first_police_to_dash,
        lambda t: re.sub(r"referred to police: (\d+)", lambda m: f"referred to police: {int(m.group(1)) + 1}", t),
    ],
    "brisco-county-ut-courthouse-security": [
        wrong_continued,
        lambda t: t.replace(" (continued)", "", 2),
    ],
    "kellerman-state-university-dps": [
        lambda t: re.sub(r"Shift changes: (\d+)\.", lambda m: f"Shift changes: {int(m.group(1)) + 1}.", t),
        lambda t: re.sub(r"follow-up(\s+)to(\s+)KSU(\s+)25-\d{4}\)", r"follow-up\1to\2KSU\g<3>25-1999)", t, count=1),
    ],
    "pellam-regional-transit-or-security": [
        lambda t: re.sub(r"see \[(\d+)\]", "       ", t, count=1),
        lambda t: re.sub(r"on this tour \((\d+)\)", lambda m: f"on this tour ({int(m.group(1)) + 1})", t, count=1),
    ],
}
for f, muts in TRAP.items():
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        for i, mut in enumerate(muts):
            t2 = mut(t)
            assert t2 != t, (f, i)
            out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED trap", f, e["file"], i)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
