"""Mutation runs for check_blind_logs163.py: each broken copy of the set must fail the check.

Ground-truth mutations (the last id given the old year's prefix with the same sequence, a dropped,
swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page count or record
count, an unprinted related number, an id listed as related, a related number or a page ordinal listed
as a record, a missing agency folder) run the real check on a copy in a temporary folder; trap
mutations (two per layout: a July row dated June, a July row dated 2026; a January block received in
December, a follow-up citing a January number; a year printed in an entry's date, the January section
heading printed as December; a late entry's marker removed, the 2026 paragraph numbering not
restarted; the rollover's closing number made lower than a listed incident, a day total changed) are
applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs163/mutate_check_blind_logs163.py
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
import check_blind_logs163 as C  # noqa: E402


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


def m_year(g):
    """The last id given the old year's prefix with the same sequence (`2601-047` -> `2512-047`)."""
    c = g[0]["case_numbers"]
    c[-1] = "2512" + c[-1][4:] if c[-1].startswith("2601") else c[-1].replace("26", "25", 1)


MUTS = [m_year, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec,
        m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs163.py"), "--dir", str(dst)],
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


TRAP = {  # text mutations that break each layout's trap
    # a July row dated June
    "kestrel-bay-county-wa-so": lambda t: re.sub(r"(S26-\d{5} +)07/", r"\g<1>06/", t, count=1),
    # a January block received in December
    "thornmere-vt-pd": lambda t: re.sub(r"(Incident No: 2601-\d{3} +Received: )01/", r"\g<1>12/", t, count=1),
    # a year printed in an entry's date
    "calloway-springs-mo-pd": lambda t: re.sub(r"(about \d\d/\d\d) ", r"\1/2025 ", t, count=1),
    # a late entry's marker removed
    "oakhollow-township-mi-pd": lambda t: re.sub(r" \u2014 LATE ENTRY \(entered \d\d/\d\d/\d{4}\)", "", t, count=1),
    # the rollover's closing number made lower than a listed incident
    "brannock-harbor-nc-pd": lambda t: re.sub(r"CLOSED AT 25-\d{6} \(([\d,]+)", r"CLOSED AT 25-000001 (1", t, count=1),
}


TRAP2 = {  # a second mutation of each trap
    # a July row dated 2026
    "kestrel-bay-county-wa-so": lambda t: re.sub(r"(S26-\d{5} +\d\d/\d\d/)2025", r"\g<1>2026", t, count=1),
    # a follow-up citing a January number
    "thornmere-vt-pd": lambda t: t.replace("Follow-up to: 2512-", "Follow-up to: 2601-", 1),
    # the January section heading printed as December
    "calloway-springs-mo-pd": lambda t: re.sub(r"(?m)^( *)JANUARY 2026 *$", r"\1DECEMBER 2025", t, count=1),
    # the 2026 paragraph numbering not restarted
    "oakhollow-township-mi-pd": lambda t: re.sub(r"(?m)^( *)1\.( +Incident 2026-0001)", r"\g<1>24.\2", t, count=1),
    # a day total changed
    "brannock-harbor-nc-pd": lambda t: re.sub(r"(DAY TOTAL \S+: )(\d+)",
                                              lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = subprocess.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"], capture_output=True, text=True,
                       check=True).stdout
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
