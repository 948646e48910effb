"""Mutation runs for check_blind_logs128.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (CAD event, prior or earlier case, city reference, booking, city police number) listed as a
record, a missing agency folder) run the real check on a copy in a temporary folder; trap mutations
(two per layout: a CAD number or a city subtotal changed; an index page number or a section total
changed; an earlier-case citation changed or the patrol-notes paragraphs turned into unnumbered
text; a cross-listing pointing at the wrong item or a section total counting it; an index line's
date or an area total changed) are applied to the `pdftotext -layout` text and fed to the layout
check.
Run: python tests/documents/blind_logs128/mutate_check_blind_logs128.py
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
import check_blind_logs128 as C  # noqa: E402


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


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number as a record."""
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_index(g):
    """List a record a second time where the index prints it again (append its id at the end)."""
    e = g[0]
    e["case_numbers"].append(e["case_numbers"][0])
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_index]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs128.py"), "--dir", str(dst)],
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


def bump(pattern):
    return lambda t: re.sub(pattern, lambda m: m.group(0)[:m.start(1) - m.start(0)] + str(int(m.group(1)) + 1)
                            + m.group(0)[m.end(1) - m.start(0):], t, count=1)


TRAP = {  # text mutations that break each layout's trap
    "orlan-county-wa-so": lambda t: re.sub(r"^E(\d{6})-\d{4}", r"E\g<1>-0000", t, count=1, flags=re.M),
    "kessle-county-or-so": bump(r"KC25-\d{5} +page (\d+)"),
    "varro-county-ca-sd": lambda t: re.sub(r"related to case S25-\d{5}", "related to case S25-09999", t, count=1),
    "tamber-county-id-so": bump(r"- see [IV]+\. .+?, item (\d+) "),
    "brannock-county-nv-so": lambda t: re.sub(r"(INDEX BY REPORTING DISTRICT\s+RD\d{4}.*\nB25-\d{6} +\d\d/\d\d/\d\d )(\d{4})",
                                              lambda m: m.group(1) + ("0000" if m.group(2) != "0000" else "0001"), t),
}
TRAP2 = {  # a second mutation of each trap
    "orlan-county-wa-so": bump(r"Subtotal CITY OF TULLEY FLATS: (\d+) cases"),
    "kessle-county-or-so": bump(r"CITY OF DUNMORE - incidents this section: (\d+)"),
    "varro-county-ca-sd": lambda t: t.replace("Patrol notes:", "Patrol notes -"),
    "tamber-county-id-so": bump(r"Section II total: (\d+) incidents"),
    "brannock-county-nv-so": bump(r"\*\* AREA 09 TOTAL +(\d+)"),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, e["file"])

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
