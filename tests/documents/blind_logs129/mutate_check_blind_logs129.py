"""Mutation runs for check_blind_logs129.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location, type
or date, sha256, page count or record count, an unprinted related number, an id listed as related, a
related number listed as a record, a converted record listed a second time under its new-system
number, a converted record listed under its new number instead of the number of its first printing,
a converted record's new number dropped from related_numbers) and a missing agency folder run the
real check on a copy in a temporary folder; trap mutations (two per layout: cross-walk pairs,
conversion columns and lines, void blocks, paragraph numbering, parallel-run reconciliation and the
documents' own part totals) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs129/mutate_check_blind_logs129.py
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
import check_blind_logs129 as C  # noqa: E402


def conv(g):
    return next(r for r in g[0]["related_numbers"] if r["kind"] == "new_system_number")


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
    v = s["reported_at"]
    s["reported_at"] = ("07" if v[:2] != "07" else "08") + v[2:]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List the last related number (void entry, CAD event or new-system number) as a record."""
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][-1]["number"])
    e["record_count"] += 1


def m_twice(g):
    """A converted record counted twice: its new-system number listed as a record as well."""
    e, r = g[0], conv(g)
    e["case_numbers"].append(r["number"])
    e["record_count"] += 1


def m_newid(g):
    """A converted record listed under its new-system number instead of its first-printed number."""
    e, r = g[0], conv(g)
    e["case_numbers"][e["case_numbers"].index(r["record"])] = r["number"]
    e["related_numbers"].remove(r)


def m_unlink(g):
    """A converted record's new-system number dropped."""
    g[0]["related_numbers"].remove(conv(g))


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec,
        m_twice, m_newid, m_unlink]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs129.py"), "--dir", str(dst)],
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


def bump(pat, d):
    return lambda t: re.sub(pat, lambda m: m.group(0)[:m.start(1) - m.start(0)] + str(int(m.group(1)) + d)
                            + m.group(0)[m.end(1) - m.start(0):], t, count=1)


TRAP = {  # text mutations that break each layout's trap
    "ferrow-glen-mt-pd": bump(r"Converted \(shown in both parts\): (\d+)", 1),
    "kessock-bay-county-wa-so": lambda t: t.replace("DUPLICATE ENTRY OF", "DUPLICATE ENTRY", 1),
    "marl-hollow-vt-pd": lambda t: re.sub(r"Converted from case 25-\d{4}", "Converted from case 25-9999", t, count=1),
    "dunraven-township-pa-pd": lambda t: re.sub(r"^( *)2\) Incident", r"\g<1>3) Incident", t, count=1, flags=re.M),
    "stellan-county-ne-so": bump(r"Parallel-run day 10/14/2025: (\d+) calls", 1),
}
TRAP2 = {  # a second mutation of each trap
    "ferrow-glen-mt-pd": lambda t: re.sub(r"^( *P25-\d{6} +2025-.*?) +25-\d{5} *$", r"\1", t, count=1, flags=re.M),
    "kessock-bay-county-wa-so": bump(r"\(VOIDED: (\d+)\)", -1),
    "marl-hollow-vt-pd": lambda t: t[::-1].replace(" won si ", " saw ", 1)[::-1],
    "dunraven-township-pa-pd": lambda t: re.sub(r"\(formerly DT-25-\d{4}\)", "(formerly DT-25-9999)", t, count=1),
    "stellan-county-ne-so": lambda t: re.sub(r"(matched +SCSO-25-\d{6} +)EV25-\d{5}", r"\1EV25-99999", t, count=1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
