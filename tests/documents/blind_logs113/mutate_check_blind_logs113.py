"""Mutation runs for check_blind_logs113.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (CAD event, citation, earlier case) listed as a record, a sidebar or 'recently updated'
repeat listed as a second record, a missing agency folder) run the real check on a copy in a
temporary folder; trap mutations (two per layout: a sidebar id or CAD number changed, a repeated
table header dropped, a citation moved, a 'Back to top' dropped, a notice turned into a case, a
cited case made a listed one, a row index changed, wrapped lines joined, a day count changed, an
updated id changed) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs113/mutate_check_blind_logs113.py
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
import check_blind_logs113 as C  # noqa: E402


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
    s["reported_at"] = s["reported_at"].replace("2026", "2025")


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_repeat(g):
    """List a record a second time at the end, where a sidebar or box repeats it."""
    c = g[0]["case_numbers"]
    c.append(c[len(c) // 3])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (CAD event, citation, earlier case) as a record, else a made-up one."""
    e = g[-1]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "E26-99999"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs113.py"), "--dir", str(dst)],
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


def bump(pat, d):
    return lambda t: re.sub(pat, lambda m: m.group(0).replace(m.group(1), str(int(m.group(1)) + d)), t, count=1, flags=re.M)


def cordale_cite(t):
    ids = re.findall(r"· Case #(26-\d{5})$", t, re.M)
    return re.sub(r"follow-up to Case #26-\d{5}", f"follow-up to Case #{ids[0]}", t, count=1)


def brelford_cit(t):
    """Move the first citation line into the next card (after its Incident Number line)."""
    m = re.search(r"^ *Citation No\. +C\d{7}\n", t, re.M)
    t2 = t[:m.start()] + t[m.end():]
    n = re.search(r"^ *Incident Number +2026-\d{5}\n", t2[m.start():], re.M)
    k = m.start() + n.end()
    return t2[:k] + m.group(0) + t2[k:]


TRAP = {  # text mutations that break each layout's trap
    "ashcombe-id-pd": lambda t: re.sub(r"^ *AC26-\d{5}( +- +.+\(read the news release\))$", r"    AC26-99999\1", t,
                                       count=1, flags=re.M),
    "brelford-wi-pd": brelford_cit,
    "cordale-sc-pd": lambda t: re.sub(r"· Community Notice$", "· Case #26-99999", t, count=1, flags=re.M),
    "dunmore-county-ne-so": lambda t: re.sub(r"^( *)7( +DC26-)", r"\g<1>8\2", t, count=1, flags=re.M),
    "elsworth-vt-pd": bump(r"\((\d+) incidents\)$", 1),
}
TRAP2 = {  # a second mutation of each trap
    "ashcombe-id-pd": lambda t: re.sub(r"^ *Case No\. +CAD Event +Reported .*\n", "", t, count=1, flags=re.M),
    "brelford-wi-pd": lambda t: re.sub(r"^ *\^ Back to top\n", "", t, count=1, flags=re.M),
    "cordale-sc-pd": cordale_cite,
    "dunmore-county-ne-so": lambda t: re.sub(r"\n {30,}(\S.*\(parking lot behind building\))$", r" \1", t,
                                             flags=re.M),
    "elsworth-vt-pd": lambda t: re.sub(r"^ *E26-\d{5}( +status changed to )", r"E26-99999\1", t, count=1, flags=re.M),
}
TRAP3 = {  # a CAD number and a notice total, changed
    "ashcombe-id-pd": lambda t: re.sub(r"^( *AC26-\d{5} +)26-\d{6}", r"\g<1>26-999999", t, count=1, flags=re.M),
    "cordale-sc-pd": bump(r"Showing posts 1 - (\d+) of", 1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()) + list(TRAP3.items()):
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
