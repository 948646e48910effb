"""Mutation runs for check_blind_logs146.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a non-record
number (supplement of an earlier incident, voided number, follow-up or correction of an earlier case,
entry number, supplemental report number) listed as a record, a non-record number dropped, a record
listed twice, a missing agency folder) run the real check on a copy in a temporary folder; trap
mutations (two per layout: a supplement row turned into an ORIG row, an entry count changed; an amended
block's report number changed, an `Amends:` entry number changed; a follow-up's case number changed, a
void's duplicated case changed; an item number repeated, a supplemental report numbered under another
incident; a VOID line's number changed, an AMD line's old disposition changed) are applied to the
`pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs146/mutate_check_blind_logs146.py
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
import check_blind_logs146 as C  # noqa: E402


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
    """List a number that is not a record (a non-record number, else a related number) as a record."""
    e = g[0]
    pool = e.get("non_record_numbers") or e["related_numbers"]
    e["case_numbers"].insert(1, pool[0]["number"])
    e["record_count"] += 1


def m_forget(g):
    """Drop the first non-record number (else the first related number) from the ground truth."""
    e = g[0]
    if e.get("non_record_numbers"):
        e["non_record_numbers"].pop(0)
    else:
        e["related_numbers"].pop(0)


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat,
        m_forget]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs146.py"), "--dir", str(dst)],
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


def bump(pattern, delta, flags=0):
    return lambda t: re.sub(pattern, lambda m: m.group(0)[:m.start(1) - m.start(0)] + str(int(m.group(1)) + delta)
                            + m.group(0)[m.end(1) - m.start(0):], t, count=1, flags=flags)


TRAP = {  # text mutations that break each layout's trap
    # a supplement row turned into an incident row
    "harlow-creek-wi-pd": lambda t: re.sub(r"(?m)^( *25-\d{6} +)SUPP \d( +)", r"\1ORIG  \2", t, count=1),
    # an amended block's report number changed to one that has no original block
    "kestrel-county-id-so": lambda t: re.sub(r"(Status: AMENDED \(amendment 1\)\s*\n *Report No\.: KC-25-)\d{5}",
                                             r"\g<1>09999", t, count=1),
    # a follow-up's case number changed to one listed nowhere
    "marlowe-nh-pd": lambda t: re.sub(r"Follow-up to Case 25-\d{4}", "Follow-up to Case 25-9999", t, count=1),
    # an item number repeated
    "nettleford-ks-pd": lambda t: re.sub(r"^2\.(?= +Incident)", "1.", t, count=1, flags=re.M),
    # a VOID line's number changed to one that was never entered
    "penwick-ny-pd": lambda t: re.sub(r"(VOID +P25-)\d{5}", r"\g<1>09999", t, count=1),
}
TRAP2 = {  # a second mutation of each trap
    # the closing line's entry count changed
    "harlow-creek-wi-pd": bump(r"Entries listed: (\d+)", 1),
    # an `Amends:` entry number no longer the original block's
    "kestrel-county-id-so": bump(r"Amends: Entry No\. (\d{5})", 1),
    # a void's duplicated case changed to a later case
    "marlowe-nh-pd": bump(r"duplicate\s+of\s+Case\s+25-(\d{4})\.", 5),
    # a supplemental report numbered under another incident
    "nettleford-ks-pd": bump(r"Supplemental report #25-(\d{5})-S", 1),
    # an AMD line's old disposition no longer the one printed on the NEW line
    "penwick-ny-pd": lambda t: re.sub(r"DISPO AMENDED: [A-Z -]+? -> ", "DISPO AMENDED: PENDING -> ", t, count=1),
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
