"""Mutation runs for check_blind_logs137.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a record listed twice, a wrong sample
location, type or date, sha256, page count or record count, an unprinted related number, an id listed
as related, a related number (CAD event, arrest, call-for-service or CAD call number; for Brackwater
the request number) listed as a record) run the real check on a copy in a temporary folder, for every
agency; so does a copy with an agency folder removed. Trap mutations, two per layout, are applied to
the `pdftotext -layout` text and fed to the layout check: a quoted row with an unlisted id or another
disposition (Brackwater); a forward marker removed, a forwarded reprint with another location
(Lindqvist); an UPDATE citing an unlisted case, an arrest number changed (Ostrander); a subject's item
count changed, an item renumbered (Pemberton); call and incident numbers swapped in one row, the
header's field order swapped (Harrowgate).
Run: python tests/documents/blind_logs137/mutate_check_blind_logs137.py
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
import check_blind_logs137 as C  # noqa: E402


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
    s["reported_at"] = "12/31/1999 23:59"


def m_repeat(g):
    """List a record a second time where it is printed again (a quoted row, forwarded block, update)."""
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
    """List a non-record number (CAD event, arrest, CFS, call number; Brackwater: the request number) as a record."""
    e = g[0]
    num = next((r["number"] for r in e["related_numbers"]), "PRR-2025-0883")
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs137.py"), "--dir", str(dst)],
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
    "brackwater-tx-pd": lambda t: re.sub(r"^> BPD25-\d{6}", "> BPD25-999999", t, count=1, flags=re.M),
    "lindqvist-county-mn-so": lambda t: t.replace("---------- Forwarded message ---------", "", 1),
    "ostrander-oh-pd": lambda t: re.sub(r"^UPDATE 25-\d{5}:", "UPDATE 25-99999:", t, count=1, flags=re.M),
    "pemberton-va-pd": lambda t: re.sub(r"\((\d+) items\)", lambda m: f"({int(m.group(1)) + 1} items)", t, count=1),
    "harrowgate-nc-pd": lambda t: re.sub(r"^(\d{10})\|(\d{8})\|", r"\2|\1|", t, count=1, flags=re.M),
}


def brack_row(t):
    """Give a quoted row another disposition than its original."""
    m = re.search(r"^> BPD25-\d{6}.*$", t, re.M)
    line = m.group(0)
    new = line[:-4] + ("XXXX" if not line.endswith("XXXX") else "YYYY")
    return t[:m.start()] + new + t[m.end():]


def lind_block(t):
    """Change the Location of the first forwarded reprint."""
    i = t.index("---------- Forwarded message ---------")
    j = t.index("Location:", i)
    return t[:j] + "Location:       1 Nowhere Rd," + t[t.index("\n", j):]


TRAP2 = {  # a second mutation of each trap
    "brackwater-tx-pd": brack_row,
    "lindqvist-county-mn-so": lind_block,
    "ostrander-oh-pd": lambda t: re.sub(r"Arrest No\. A25-\d{4};", "Arrest No. A25-0000;", t, count=1),
    "pemberton-va-pd": lambda t: re.sub(r"^ 2\) 2025-", " 3) 2025-", t, count=1, flags=re.M),
    "harrowgate-nc-pd": lambda t: t.replace("CALL_NO|INCIDENT_NO|", "INCIDENT_NO|CALL_NO|", 1),
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
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
