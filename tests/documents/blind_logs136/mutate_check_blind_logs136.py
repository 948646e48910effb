"""Mutation runs for check_blind_logs136.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location,
type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a fire number listed as a record, an updated entry listed as a second record) run the real
check on a copy in a temporary folder; a removed agency folder; trap mutations (two per layout: an
update total changed, an update citing an unlisted report, a fire number changed, paragraph
numbering broken, a split row joined back) are applied to the `pdftotext -layout` text and fed to
the layout check.
Run: python tests/documents/blind_logs136/mutate_check_blind_logs136.py
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
import check_blind_logs136 as C  # noqa: E402


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


def m_fire(g):
    """List a fire number as a record."""
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_update(g):
    """List an updated entry (or a repeated print) as a second record, in print order."""
    e = g[0]
    c = e["case_numbers"]
    c.insert(12, c[4])
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_fire, m_update]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs136.py"), "--dir", str(dst)],
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


def bump(label):
    return lambda t: re.sub(label, lambda m: m.group(0).replace(m.group(1), str(int(m.group(1)) + 1)), t, count=1)


def tallis_join(t):
    """Drop every page-top continuation line: no row is split across pages any more."""
    pages = t.split("\f")
    for i in range(1, len(pages)):
        lines = pages[i].splitlines()
        while True:
            body = [j for j, ln in enumerate(lines) if j >= 2 and ln.strip()]
            if not (body and lines[body[0]].startswith(" ")):
                break
            del lines[body[0]]
        pages[i] = "\n".join(lines)
    return "\f".join(pages)


TRAP = {  # text mutations that break each layout's trap
    "harlow-state-university-pd": bump(r"Disposition updates: (\d+)"),
    "kestrel-valley-cc-campus-safety": bump(r"(\d+) updated entries"),
    "brantmoor-college-public-safety": bump(r"and (\d+) status updates"),
    "osric-university-dps": lambda t: re.sub(r"^( *)12\. ", r"\g<1>13. ", t, count=1, flags=re.M),
    "tallis-institute-police": tallis_join,
}
TRAP2 = {  # a second mutation of each trap
    "harlow-state-university-pd": lambda t: re.sub(r"^HS25-\d{4}( +UPDATED )", r"HS25-9999\1", t, count=1, flags=re.M),
    "kestrel-valley-cc-campus-safety": lambda t: re.sub(r"Fire No\.: KVF-\d\d", "Fire No.: KVF-99", t, count=1),
    "brantmoor-college-public-safety": lambda t: re.sub(r"status of case 25-\d{4}", "status of case 25-9999", t, count=1),
    "osric-university-dps": lambda t: re.sub(r"UPDATE to 25-0\d{4}", "UPDATE to 25-09999", t, count=1),
    "tallis-institute-police": lambda t: re.sub(r"^(\d\d/\d\d/2025 \d\d:\d\d +)25-F\d{3}", r"\g<1>25-F999", t,
                                                count=1, flags=re.M),
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
