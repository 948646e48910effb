"""Mutation runs for check_blind_logs165.py: each broken copy of the set must fail the check.

Ground-truth mutations (the last id's last digit changed, a dropped, swapped, duplicated or repeated
id, a wrong sample location, type or date, sha256, page count or record count, an unprinted related
number, an id listed as related, a related number or a page ordinal listed as a record, a missing
agency folder) run the real check on a copy in a temporary folder; trap mutations (two per layout: an
activity line's case-report count lowered below the listed rows, a bulletin's continuation header
removed; the release count printed as the incident count, a linked case citing a later incident; a
dateline dated before the incident, a case number printed in a release body; an UPDATE item citing
the wrong item of its summary, an UPDATE item's old status not the one first released; an ADD slug
naming another case, a `-MORE-` removed) are applied to the `pdftotext -layout` text and fed to the
layout check.
Run: python tests/documents/blind_logs165/mutate_check_blind_logs165.py
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
import check_blind_logs165 as C  # noqa: E402


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


def m_digit(g):
    """The last id's last digit changed (`26-00252` -> `26-00253`)."""
    c = g[0]["case_numbers"]
    c[-1] = c[-1][:-1] + str((int(c[-1][-1]) + 1) % 10)


MUTS = [m_digit, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec,
        m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs165.py"), "--dir", str(dst)],
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
    # an activity line's case-report count lowered below the listed rows
    "harrowgate-county-or-so": lambda t: re.sub(r"Case reports \d+", "Case reports 1", t, count=1),
    # the release count printed as the incident count
    "wexcombe-nh-pd": lambda t: re.sub(r"Releases: \d+\. Incidents reported in releases: (\d+)",
                                       r"Releases: \1. Incidents reported in releases: \1", t, count=1),
    # a dateline dated before the incident
    "ravensholt-in-pd": lambda t: re.sub(r"\(Jan\. \d+, 2026\)", "(Jan. 1, 2026)", t, count=1),
    # an UPDATE item citing the wrong item of its summary
    "marlow-heath-ks-pd": lambda t: re.sub(r"(UPDATE \u2014 Case \S+ \(Summary No\. \S+ item )\d+", r"\g<1>19", t,
                                           count=1),
    # an ADD slug naming another case
    "port-alder-me-pd": lambda t: re.sub(r"(-- CASE )26-\d{5}( CONTINUED)", r"\g<1>26-00001\2", t, count=1),
}


TRAP2 = {  # a second mutation of each trap
    # a bulletin's continuation header removed
    "harrowgate-county-or-so": lambda t: t.replace(" (continued)", "", 1),
    # a linked case citing a later incident
    "wexcombe-nh-pd": lambda t: re.sub(r"(Linked case: +)26-\d{5}",
                                       lambda m: m.group(1) + re.findall(r"Case Number: +(26-\d{5})", t)[-1], t,
                                       count=1),
    # a case number printed in a release body
    "ravensholt-in-pd": lambda t: t.replace("for a report of", "for a report (case 26-0001) of", 1),
    # an UPDATE item's old status not the one first released
    "marlow-heath-ks-pd": lambda t: re.sub(r"Status changed from (Under investigation|Referred to investigations)",
                                           "Status changed from Warning given", t, count=1),
    # a -MORE- removed
    "port-alder-me-pd": lambda t: re.sub(r"(?m)^( *)-MORE- *$", r"\1", t, count=1),
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
