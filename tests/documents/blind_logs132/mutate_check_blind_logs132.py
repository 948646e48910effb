"""Mutation runs for check_blind_logs132.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (linked occurrence, crime reference, job or file number) listed as a record, a record listed
twice, a missing agency folder) run the real check on a copy in a temporary folder; trap mutations
(two per layout: linked-occurrence total or a linked number turned into an id; a `(continued)`
stretch given another incident's reference or the crime-reference total changed; a correction citing
an unlisted incident or the IMO numbers removed; the cancelled-job total changed or a `-- nil --`
row given an event number; paragraph numbering broken or an update citing this week's event) are
applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs132/mutate_check_blind_logs132.py
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
import check_blind_logs132 as C  # noqa: E402


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
    s["reported_at"] = "31/12/1999 " + s["reported_at"].split()[-1]


def m_repeat(g):
    """List a record a second time (as a `(continued)` stretch or a correction entry would suggest)."""
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
    """List a related number (linked occurrence, crime reference, job or file number) as a record."""
    kinds = ("linked_occurrence", "crime_reference", "job_number", "file_number")
    e = g[0]
    num = next((r for r in e["related_numbers"] if r["kind"] in kinds), e["related_numbers"][0])["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs132.py"), "--dir", str(dst)],
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
    "kestrel-bay-on-ps": lambda t: re.sub(
        r"Linked to earlier occurrences: (\d+)", lambda m: f"Linked to earlier occurrences: {int(m.group(1)) + 1}", t),
    "wendmoor-constabulary-uk": lambda t: re.sub(r"^INCIDENT \d{4}(-\d{6} \(continued\))", r"INCIDENT 9999\1", t,
                                                 count=1, flags=re.M),
    "kilcarra-port-police-ie": lambda t: re.sub(r"Correction to KPP-25-\d{4}:", "Correction to KPP-25-9999:", t, count=1),
    "yarrabend-district-au": lambda t: re.sub(
        r"Jobs without event: (\d+)", lambda m: f"Jobs without event: {int(m.group(1)) + 1}", t),
    "waikeri-area-police-nz": lambda t: re.sub(r"^5\. ", "6. ", t, count=1, flags=re.M),
}


def kestrel_link_id(t):
    """Make a linked occurrence cite an occurrence of this very log."""
    first = re.search(r"^(KB25-\d{7}) ", t, re.M).group(1)
    return re.sub(r"Linked occ\. KB25-\d{7}", f"Linked occ. {first}", t, count=1)


def waikeri_update(t):
    """Make an update bullet cite an event summarised this week."""
    ev = C.EVENT.search(t).group(1)
    return re.sub(r"^( +- Event )P0\d{8}:", rf"\g<1>{ev}:", t, count=1, flags=re.M)


TRAP2 = {  # a second mutation of each trap
    "kestrel-bay-on-ps": kestrel_link_id,
    "wendmoor-constabulary-uk": lambda t: re.sub(
        r"Crime reference numbers issued: (\d+)", lambda m: f"Crime reference numbers issued: {int(m.group(1)) - 1}", t),
    "kilcarra-port-police-ie": lambda t: re.sub(r"IMO \d{7}", "IMO pending", t),
    "yarrabend-district-au": lambda t: re.sub(r"^-- nil -- ", "E99999999 ", t, count=1, flags=re.M),
    "waikeri-area-police-nz": waikeri_update,
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
