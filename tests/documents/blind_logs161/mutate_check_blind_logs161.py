"""Mutation runs for check_blind_logs161.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a non-record
number listed as a record, a record listed twice, a missing agency folder) run the real check on a copy
in a temporary folder; trap mutations (two per layout: the run stamp's job number made an id, a page's
run stamp dropped; the cover's criteria block dropped, its case range cut below the last id; a
`(continued)` line pointing at another incident, the blank-page notice dropped; the day numbering not
restarted, the cover's count made the printed count; a continued group header naming another group, a
group total changed) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs161/mutate_check_blind_logs161.py
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
import check_blind_logs161 as C  # noqa: E402


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


def m_nonrec(g, folder):
    """List a non-record number as a record: a furniture number of the id's shape (a job number, a
    criteria range bound) where the document prints one, else a page ordinal."""
    e = g[0]
    shape = re.sub(r"\d", r"\\d", re.escape(e["case_numbers"][0]))
    t = C.run(["pdftotext", "-layout", str(SRC / folder / e["file"]), "-"])
    other = [x for x in re.findall(rf"(?<![\w-]){shape}(?![\w-])", t) if x not in e["case_numbers"]]
    num = other[0] if other else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs161.py"), "--dir", str(dst)],
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
            if m is m_nonrec:
                m(g, f)
            else:
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


def nth(pat, k, repl):
    """Replace the k-th (0-based) match of pat."""
    def f(t):
        ms = list(re.finditer(pat, t, re.M))
        m = ms[k]
        return t[:m.start()] + repl(m) + t[m.end():]
    return f


TRAP = {  # text mutations that break each layout's trap; each takes (text, ground truth)
    # the run stamp's job number replaced by an id, on every page
    C.BRACK: lambda t, e: re.sub(r"(05:31 +)26-\d{6}( +INCLOG)", rf"\g<1>{e['case_numbers'][3]}\2", t),
    # the cover's criteria block printed without its case range
    C.QUILL: lambda t, e: re.sub(r"Case No: +QC26-\d{5} thru QC26-\d{5}", "Selected:", t, count=1),
    # a `(continued)` line pointing at another incident
    C.SALT: lambda t, e: re.sub(r"SH26-\d{4} \(continued\)", "SH26-0001 (continued)", t, count=1),
    # the day numbering not restarted on the second day
    C.ORIEL: lambda t, e: nth(r"^ *1\.(?= +OB-2026)", 1, lambda m: m[0].replace("1.", "11."))(t),
    # a continued group header naming another group
    C.TILL: lambda t, e: re.sub(r"CALL TYPE: .+? \(continued\)", "CALL TYPE: ARSON (continued)", t, count=1),
}


TRAP2 = {  # a second mutation of each trap
    # a page's run stamp dropped
    C.BRACK: lambda t, e: re.sub(r"\f[^\n]*INCLOG-R4 v[^\n]*\n", "\f\n", t, count=1),
    # the criteria range ending below the last id
    C.QUILL: lambda t, e: re.sub(r"thru QC26-\d{5}", f"thru {e['case_numbers'][-5]}", t, count=1),
    # the blank-page notice dropped
    C.SALT: lambda t, e: t.replace("This page intentionally left blank.", ""),
    # the cover's count made the number of records printed
    C.ORIEL: lambda t, e: re.sub(r"Records selected: \d+\.", f"Records selected: {len(e['case_numbers'])}.", t,
                                 count=1),
    # a group total changed
    C.TILL: lambda t, e: re.sub(r"(Group total .+?: )(\d+)", lambda m: m[1] + str(int(m[2]) + 1), t, count=1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t, e)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, mut)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
