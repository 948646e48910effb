"""Mutation runs for check_blind_logs121.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (deconfliction, other region's MA number, lead or agency case) listed as a record, a record
listed twice where it is printed again, a missing agency folder) run the real check on a copy in a
temporary folder; trap mutations (two per layout: lead-change total or a lead-change number, other
region reference total or number, an update citing an unlisted case or a deconfliction total,
paragraph numbering or the administrative total, a `(cont.)` line under the wrong incident or the
agency-row total) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs121/mutate_check_blind_logs121.py
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
import check_blind_logs121 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


def m_repeat(g):
    """List a record a second time (as if a (cont.) line, an update or a lead change were a record)."""
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
    """List a non-record number (other region's MA number, deconfliction, else an agency case) as a record."""
    kinds = ("other_region_request", "deconfliction")
    e = g[0]
    num = next((r for r in e["related_numbers"] if r["kind"] in kinds), e["related_numbers"][0])["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs121.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def bump(label, k):
    return lambda t: re.sub(rf"{label}(\d+)", lambda m: f"{label}{int(m.group(1)) + k}", t)


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
    "tri-river-narcotics-tf": bump("Lead changes: ", 1),
    "cascade-foothills-mutual-aid": bump("Other-region references: ", -1),
    "north-sound-auto-theft-tf": lambda t: re.sub(r"Update NSATT-25-\d{4}:", "Update NSATT-25-9999:", t, count=1),
    "estova-basin-compact": lambda t: re.sub(r"^\d+\. Administrative\.", "999. Administrative.", t, count=1,
                                             flags=re.M),
    "ridgeback-county-oa": lambda t: re.sub(r"^ORC-25-\d{4}( +\(cont\.\))$", r"ORC-25-0001\1", t, count=1, flags=re.M),
}
TRAP2 = {  # a second mutation of each trap
    "tri-river-narcotics-tf": lambda t: re.sub(r"lead now (\S+) \S+ \(was", r"lead now \1 00-000000 (was", t, count=1),
    "cascade-foothills-mutual-aid": lambda t: re.sub(r"Ref\. MA-25-\d{4}", "Ref. MA-25-9999", t, count=1),
    "north-sound-auto-theft-tf": bump("Deconfliction checks without a case: ", 1),
    "estova-basin-compact": lambda t: re.sub(
        r"incidents, (\d+) administrative", lambda m: f"incidents, {int(m.group(1)) + 1} administrative", t),
    "ridgeback-county-oa": bump("Agency rows: ", -1),
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
