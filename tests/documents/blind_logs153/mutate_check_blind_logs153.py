"""Mutation runs for check_blind_logs153.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (citation, impound, property, arrest, tow or outside case number) listed as a record, a record
listed twice, a missing agency folder) run the real check on a copy in a temporary folder; trap
mutations (two per layout: an incident number changed on the second copy of a page printed twice, a
page printed again relabelled as another log page; the corrected page said to replace another page,
a location changed on the corrected page; a `continued from` marker naming the wrong page, a page
footer given another page's number; the withheld entry range changed on the slip sheet, an entry
number repeated; an incident number changed on the partial copy of the sheet sent twice, the resend
cover naming other sheets) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs153/mutate_check_blind_logs153.py
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
import check_blind_logs153 as C  # noqa: E402


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
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs153.py"), "--dir", str(dst)],
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


def on_page(pick, change):
    """Apply change() to the page chosen by pick(pages) (an index), leaving the other pages alone."""
    def mut(t):
        ps = C.pages_of(t)
        i = pick(ps)
        ps[i] = change(ps[i])
        return "\f".join(ps) + "\f"
    return mut


def bump(pattern, delta):
    return lambda t: re.sub(pattern, lambda m: m.group(0)[:m.start(1) - m.start(0)] + str(int(m.group(1)) + delta)
                            + m.group(0)[m.end(1) - m.start(0):], t, count=1)


def next_digit(pattern):
    """Change the digit in group 2 of the first match (group 1 is kept)."""
    return lambda t: re.sub(pattern, lambda m: m.group(1) + str((int(m.group(2)) + 1) % 10), t, count=1)


def second_copy(ps):
    """Index of the first page that repeats an earlier page's `Log page k`."""
    seen = set()
    for i, p in enumerate(ps):
        k = C.num_in(r"Log page (\d+) of", p)
        if k in seen:
            return i
        seen.add(k)
    raise AssertionError("no repeated page")


def partial_copy(ps):
    """Index of the first copy of the sheet that is printed twice."""
    sheets = [C.num_in(r"SHEET (\d+) OF \d+ *$", p) for p in ps]
    return next(i for i, k in enumerate(sheets) if k > 0 and sheets.count(k) > 1)


def corrected(ps):
    return next(i for i, p in enumerate(ps) if "CORRECTED PAGE" in p)


TRAP = {  # text mutations that break each layout's trap
    # an incident number changed on the second copy of a page printed twice
    "alderwick-or-pd": on_page(second_copy, next_digit(r"(?m)^(2025-00\d{3})(\d)")),
    # the corrected page said to replace another page
    "bramblecote-county-mt-so": bump(r"replaces page (\d+) of", 1),
    # a `continued from` marker naming the wrong page
    "quillan-springs-az-pd": bump(r"\(continued from page (\d+)\)", 1),
    # the withheld entry range changed on the slip sheet
    "marrowfield-ca-pd": bump(r"entries \d+-(\d+), \d+ entries\) withheld", -1),
    # an incident number changed on the partial copy of the sheet sent twice
    "hesketh-township-pa-pd": on_page(partial_copy, next_digit(r"(?m)^(\d\d/\d\d \d{4} +HT25-0\d{3})(\d)")),
}
TRAP2 = {  # a second mutation of each trap
    # a page printed again relabelled as another log page
    "alderwick-or-pd": on_page(lambda ps: len(ps) - 1, lambda p: re.sub(r"Log page \d+", "Log page 1", p)),
    # a location changed on the corrected page
    "bramblecote-county-mt-so": on_page(corrected, lambda p: re.sub(r"(?m)^( *Location: ).*$", r"\1Nowhere Hall", p,
                                                                    count=1)),
    # a page footer given another page's number
    "quillan-springs-az-pd": lambda t: re.sub(r"Page 4 of", "Page 3 of", t, count=1),
    # an entry number repeated
    "marrowfield-ca-pd": lambda t: re.sub(r"^2\.(?= +Incident)", "1.", t, count=1, flags=re.M),
    # the resend cover naming other sheets
    "hesketh-township-pa-pd": bump(r"RESEND - SHEETS (\d+)-", 1),
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
