"""Mutation runs for check_blind_logs151.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (citation, tow or tow record number) listed as a record, a record
listed twice, a missing agency folder) run the real check on a copy in a temporary folder; trap
mutations (two per layout: a continuation row's citation changed, the closing citation total
changed; a tow record number changed, the second block of a two-vehicle case given another location;
a meter-patrol count changed, a paragraph's closing case number relabelled; an item number repeated,
a continuation line naming another case; a day total changed, a held vehicle's impound number
changed) are applied to the `pdftotext -layout` text
and fed to the layout check.
Run: python tests/documents/blind_logs151/mutate_check_blind_logs151.py
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
import check_blind_logs151 as C  # noqa: E402


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
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs151.py"), "--dir", str(dst)],
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


TRAP = {  # text mutations that break each layout's trap
    # a continuation row's citation number changed
    "harrowgate-nv-pd": lambda t: re.sub(r"(?m)^( {40,}CIT )4", r"\g<1>5", t, count=1),
    # a tow record number changed
    "kestrel-falls-wa-pd": lambda t: re.sub(r"(TOW RECORD TR-25-0)(\d)", lambda m: m.group(1) + str(
        (int(m.group(2)) + 1) % 10), t, count=1),
    # a meter-patrol count changed
    "pellston-hollow-mi-pd": bump(r"Meter patrol: (\d+) citations", 1),
    # an item number repeated
    "tamsett-county-id-so": lambda t: re.sub(r"^2\.(?= +Case)", "1.", t, count=1, flags=re.M),
    # a day total changed
    "ravensby-ks-pd": bump(r"Day total: (\d+) cases", 1),
}


def second_block_moved(t):
    """The second block of a two-vehicle case gets another location."""
    cases = list(re.finditer(r"(?m)^ *Case No\.: (\S+)$", t))
    k = next(i for i in range(1, len(cases)) if cases[i].group(1) == cases[i - 1].group(1))
    at = cases[k].end()
    return t[:at] + re.sub(r"(?m)^( *Location: ).*$", r"\1Nowhere Hall", t[at:], count=1)


TRAP2 = {  # a second mutation of each trap
    # the closing citation total changed
    "harrowgate-nv-pd": bump(r"Citations: (\d+)", 1),
    "kestrel-falls-wa-pd": second_block_moved,
    # a paragraph's closing case number relabelled
    "pellston-hollow-mi-pd": lambda t: re.sub(r"Case (PH25-)", r"File \1", t, count=1),
    # a continuation line naming another case
    "tamsett-county-id-so": lambda t: re.sub(r"(?m)^(\(\d+\. Case 25-S-0)(\d)", lambda m: m.group(1) + str(
        (int(m.group(2)) + 1) % 10), t, count=1),
    # a held vehicle's impound number changed
    "ravensby-ks-pd": lambda t: re.sub(r"(?m)^( *2025-RCP-00\d{4} +IMP-0)(\d)", lambda m: m.group(1) + str(
        (int(m.group(2)) + 1) % 10), t, count=1),
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
