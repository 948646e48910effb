"""Mutation runs for check_blind_logs109.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (complaint, inspection, impound, citation, tow/assist, ticket) listed as a record, a record
listed again where it is printed again, a missing agency folder) run the real check on a copy in a
temporary folder; trap mutations (two per layout: an inspection total changed or a visit number
moved off its case, a follow-up pointing to an unlisted activity or its total changed, a paragraph
renumbered or a report number no longer closing its paragraph, a shift-change total changed or a
tow/assist number changed, a parent-incident line dropped or a linked ticket changed) are applied to
the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs109/mutate_check_blind_logs109.py
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
import check_blind_logs109 as C  # noqa: E402


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
    parts = s["reported_at"].split()
    parts[0] = "01/01/2024" if "/" in parts[0] else "2024-01-01"
    s["reported_at"] = " ".join(parts)


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_repeat(g):
    """List a record a second time right after itself (a visit, follow-up or parent reference)."""
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (the first related number that is not a vessel registration) as a record."""
    e = g[0]
    num = next(r for r in e["related_numbers"] if r["kind"] != "vessel_registration")["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs109.py"), "--dir", str(dst)],
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


def bump(label, delta):
    return lambda t: re.sub(rf"{label}: (\d+)", lambda m: f"{label}: {int(m.group(1)) + delta}", t, count=1)


def varrow_move(t):
    """Give a visit sub-row an inspection number that belongs to no case."""
    return re.sub(r"^( +\d\d/\d\d/2025 +)INS25-\d{5}", r"\1INS25-99999", t, count=1, flags=re.M)


def orlend_unclose(t):
    """Let a report number stand before more text, no longer closing its paragraph."""
    return re.sub(r"(Ranger Report No\. RR25-\d{4}\.)", r"\1 Photos on file.", t, count=1)


TRAP = {  # text mutations that break each layout's trap
    "varrow-oh-code-enforcement": bump("Inspections recorded", 1),
    "halvern-wa-animal-services": lambda t: re.sub(r"FOLLOW-UP VISIT to A25-\d{6}", "FOLLOW-UP VISIT to A25-999999",
                                                   t, count=1),
    "orlend-co-park-rangers": lambda t: re.sub(r"^( *)2\. (\d{4} hrs - )", r"\g<1>7. \2", t, count=1, flags=re.M),
    "calder-bay-ca-harbor-patrol": bump("Shift changes", 1),
    "penwick-mn-it-security": lambda t: re.sub(r"^Parent security incident: .*\n", "", t, count=1, flags=re.M),
}
TRAP2 = {  # a second mutation of each trap
    "varrow-oh-code-enforcement": varrow_move,
    "halvern-wa-animal-services": bump("Follow-up visits", -1),
    "orlend-co-park-rangers": orlend_unclose,
    "calder-bay-ca-harbor-patrol": lambda t: re.sub(r"TA-25-\d{4}", "TA-25-9999", t, count=1),
    "penwick-mn-it-security": lambda t: re.sub(r"(Linked service-desk incidents: INC)\d{7}", r"\g<1>0000001", t,
                                               count=1),
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
        print("MISSED trap", f, mut)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
