"""Mutation runs for check_blind_logs123.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, an incident listed a second time where
it is printed again on another officer's sheet, a wrong sample location, type or date, sha256, page
count or record count, an unprinted related number, an id listed as related, a related number
(arrest or citation number) listed as a record, a missing agency folder) run the real check on a
copy in a temporary folder; trap mutations (two per layout: a repeated incident that no longer
matches across sheets or has two primaries, a per-sheet count changed, a backup citing the wrong
primary officer, a continuation line detached from its event, a list numbered wrongly, a
non-incident entry given a number) are applied to the `pdftotext -layout` text and fed to the
layout check.
Run: python tests/documents/blind_logs123/mutate_check_blind_logs123.py
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
import check_blind_logs123 as C  # noqa: E402


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
    """List a record a second time (it is printed again on another officer's sheet)."""
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
    """List a non-record number (an arrest or citation number) as a record."""
    kinds = ("arrest_number", "citation_number")
    e = g[0]
    num = next((r for r in e["related_numbers"] if r["kind"] in kinds), e["related_numbers"][0])["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs123.py"), "--dir", str(dst)],
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


def second_row(t, rx):
    """Offset of the second printed line of the first id that rx finds more than once."""
    found = [(m.group(1), m.start()) for m in re.finditer(rx, t, re.M)]
    ids = [n for n, _ in found]
    rep = next(n for n in ids if ids.count(n) > 1)
    return [p for n, p in found if n == rep][1]


def ash_role(t):
    """Make the second printed line of a repeated incident say Primary as well."""
    i = second_row(t, r"^\d{4} +CFS +(AG25-\d{6}) +Backup ")
    j = t.index("Backup", i)
    return t[:j] + "Primary" + t[j + 6:]


def ash_loc(t):
    """Give the second printed line of a repeated incident another location."""
    i = second_row(t, r"^\d{4} +CFS +(AG25-\d{6}) ")
    m = re.compile(r"\d+ [A-Z][a-z]+").search(t, i)
    return t[:m.start()] + "999" + t[m.start() + len(m.group(0).split()[0]):]


def tol_nature(t):
    """Change the nature on a Backup block."""
    i = t.index("Role: Backup")
    j = t.index("Nature: ", i) + len("Nature: ")
    return t[:j] + "Arson " + t[j:]


def qh_officer(t):
    """A backup entry names another officer as primary."""
    return re.sub(r"Backed up Ofc\. #(\d+)", lambda m: f"Backed up Ofc. #{int(m.group(1)) + 1}", t, count=1)


def br_cont(t):
    """Detach a continuation line from its event: the line before it becomes a non-incident line."""
    lines = t.split("\n")
    k = next(i for i, x in enumerate(lines) if "(cont.)" in x)
    lines[k - 1] = re.sub(r"25-\d{5}   ", "- none -   ", lines[k - 1], count=1)
    return "\n".join(lines)


TRAP = {  # text mutations that break each layout's trap
    "ashgrove-ks-pd": ash_role,
    "tolliver-county-wy-so": tol_nature,
    "quarry-hill-vt-pd": qh_officer,
    "brindle-falls-nc-pd": br_cont,
    "marlow-junction-id-so": lambda t: re.sub(r"^( +)2\. MJ25-", r"\g<1>3. MJ25-", t, count=1, flags=re.M),
}
TRAP2 = {  # a second mutation of each trap
    "ashgrove-ks-pd": ash_loc,
    "tolliver-county-wy-so": lambda t: re.sub(r"^Entries: (\d+) ", lambda m: f"Entries: {int(m.group(1)) + 1} ", t,
                                              count=1, flags=re.M),
    "quarry-hill-vt-pd": lambda t: t.replace("verbal warning; no incident number drawn.",
                                             "verbal warning, Incident #QH2511-9999.", 1),
    "brindle-falls-nc-pd": lambda t: re.sub(r"^( +)24$", r"\g<1>25", t, count=1, flags=re.M),
    "marlow-junction-id-so": lambda t: re.sub(r"ACTIVITY COUNTS: +Calls (\d+) ",
                                              lambda m: f"ACTIVITY COUNTS:  Calls {int(m.group(1)) + 1} ", t, count=1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    try:
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    except (AttributeError, ValueError, IndexError, StopIteration):
        out = ["layout check raised"]
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, mut.__name__ if hasattr(mut, "__name__") else "")

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
