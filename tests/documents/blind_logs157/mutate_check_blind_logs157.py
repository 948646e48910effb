"""Mutation runs for check_blind_logs157.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (prior, earlier case or earlier incident number) listed as a record, a record listed twice, a
missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout: a day's byte-order mark taken off its first row, the first file's mark moved from the header
to the first row; the soft line break before a cited number's continuation line removed, a cited
number made later than its own incident; a `</p><p>` join between two incidents removed, a stray
`</p><p>` put inside an incident; an id's mojibake dash printed as a clean em dash, an item number
repeated; an HTML row's incident number changed, the HTML part's total changed) are applied to the
`pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs157/mutate_check_blind_logs157.py
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
import check_blind_logs157 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


def m_repeat(g):
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
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs157.py"), "--dir", str(dst)],
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


def bump(pattern, delta):
    return lambda t: re.sub(pattern, lambda m: m.group(0)[:m.start(1) - m.start(0)] + str(int(m.group(1)) + delta)
                            + m.group(0)[m.end(1) - m.start(0):], t, count=1)


def bom_moved(t):
    """The first file's byte-order mark moved from the header line to the first row."""
    t = t.replace(C.BOM + "INCIDENT", "INCIDENT", 1)
    return re.sub(r"(?m)^( *)(?=25-\d{5} )", lambda m: m.group(1) + C.BOM, t, count=1)


TRAP = {  # text mutations that break each layout's trap
    # a later day's byte-order mark taken off its first row
    "brackwater-falls-or-pd": lambda t: re.sub(rf"(?m)^( *){C.BOM}(?=25-)", r"\1", t, count=1),
    # the soft line break before a cited number's continuation line removed
    "ossory-county-ia-so": lambda t: re.sub(r"=20=(\n *OC25-\d{4} )", r"\1", t, count=1),
    # a `</p><p>` join between two incidents removed
    "corrowin-bay-wa-pd": lambda t: t.replace("</p><p>", " ", 1),
    # an id's mojibake dash printed as a clean em dash
    "tillmont-vt-pd": lambda t: re.sub(rf"(2025-\d{{4}}){C.MDASH}", "\\1\u2014", t, count=1),
    # an HTML row's incident number changed
    "vesterholm-mn-pd": lambda t: re.sub(r'(class=3D"inc">25-)\d{6}(</td>)', r"\g<1>999999\2", t, count=1),
}


TRAP2 = {  # a second mutation of each trap
    "brackwater-falls-or-pd": bom_moved,
    # a cited number made later than its own incident
    "ossory-county-ia-so": lambda t: re.sub(r"(?m)^( *)OC25-0\d{3}(?= )", r"\1OC25-1999", t, count=1),
    # a stray `</p><p>` put inside an incident
    "corrowin-bay-wa-pd": lambda t: re.sub(r"\. Case (25-)", r".</p><p>Case \1", t, count=1),
    # an item number repeated
    "tillmont-vt-pd": lambda t: re.sub(r"(?m)^( *)2\.(?= +2025-)", r"\g<1>1.", t, count=1),
    # the HTML part's total changed
    "vesterholm-mn-pd": bump(r"<p>Incidents this week: (\d+)</p>", 1),
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
