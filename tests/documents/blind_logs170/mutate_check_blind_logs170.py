"""Mutation runs for check_blind_logs170.py: each broken copy of the set must fail the check.

Ground-truth mutations (the layout's own mistake: a struck case number listed instead of the written one,
a voided duplicate listed as a record, the entries written in by hand left out; a dropped, swapped,
duplicated or repeated id, a wrong sample location, type or date, a sample value replaced by the value
struck out, a correction's struck value changed, sha256, page count or record count, an unprinted related
number, an id listed as struck, a related number or a page ordinal listed as a record, a missing agency
folder) run the real check on a copy in a temporary folder; trap mutations (two per layout, applied to
the `pdftotext -layout` text or to the pdfplumber geometry and fed to the layout check: Corvane's pen
strokes through the struck ids taken away, the written ids taken off the rows; Ellisford's void notes
taken off, one X taken away; Halsworth's entries written in by hand typed with a comma after the date,
their handwriting taken away; Moorhaven's written ids moved below their item's line, a pen stroke through
a struck id taken away; Tillbrook's added record printed as page content, a day-total correction taken
off).
Run: python tests/documents/blind_logs170/mutate_check_blind_logs170.py
"""

import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs170 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "cited", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "struck", "number": g[0]["case_numbers"][0]})


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


def m_corr(g):
    """A correction's struck value changed (to the value written)."""
    c = g[0]["corrections"][0]
    c["struck"] = c["corrected"]


def m_sample_struck(g):
    """A sample value replaced by the value struck out (or, with no correction in a sample, the sample
    given the record's struck field from another record)."""
    e = g[0]
    for s in e["sample_records"]:
        for c in e["corrections"]:
            if c["record"] == s["case_number"] and c["field"] != "case_number":
                s[c["field"]] = c["struck"]
                return
    for s in e["sample_records"]:
        for c in e["corrections"]:
            if c["record"] == s["case_number"] and c["field"] == "case_number":
                s["case_number"] = c["struck"]
                return
    c = next((c for c in e["corrections"] if c["record"]), None)
    s = e["sample_records"][1]
    if c:
        s[c["field"]] = c["struck"]
    else:
        s["disposition"] = s["disposition"] + " - void"


def m_theme(g):
    """The layout's own mistake: struck id listed, voided duplicate listed as a record, or the entries
    written in by hand left out."""
    e = g[0]
    ids = e["case_numbers"]
    struck = [r for r in e["related_numbers"] if r["kind"] == "struck"]
    if struck:
        for r in struck:
            ids[ids.index(r["record"])] = r["number"]
    elif e["voided_entries"]:
        for v in e["voided_entries"]:
            ids.insert(ids.index(v["duplicate_of"]) + 1, v["number"])
            e["record_count"] += 1
        if e["inserted_records"]:  # Tillbrook: the added record left out as well
            for num in e["inserted_records"]:
                ids.remove(num)
                e["record_count"] -= 1
    else:
        for num in e["inserted_records"]:
            ids.remove(num)
            e["record_count"] -= 1


MUTS = [m_theme, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat, m_corr, m_sample_struck]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs170.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    return e, C.run(["pdftotext", "-layout", str(pdf), "-"]), C.geometry(pdf)


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            before = json.dumps(g)
            m(g)
            assert json.dumps(g) != before, (f, m.__name__)
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


def t_corvane_strokes(e, full, geo):
    geo["struck"] = [(k, p) for k, p in geo["struck"] if not re.fullmatch(r"26-\d{5}", p)]
    return full, geo


def t_corvane_written(e, full, geo):
    return re.sub(r"(?m)^( *26-\d{5}) +26-\d{5}( +\d\d/)", r"\1\2", full), geo


def t_ellis_notes(e, full, geo):
    return re.sub(r"(?m)(RECEIVED \S+ \S+) +(?:DUP of above - VOID +jk|dup of EC26-\d{5} - void) *$", r"\1",
                  full), geo


def t_ellis_x(e, full, geo):
    geo["xs"] = geo["xs"][1:]
    return full, geo


def t_hals_typed(e, full, geo):
    return re.sub(rf"(?m)^( *\d{{1,2}}/\d{{1,2}}/26) (\d{{4}} hrs {C.D} )", r"\1, \2", full), geo


def t_hals_hand(e, full, geo):
    geo["hand"] = [[w for w in page if w not in e["inserted_records"]] for page in geo["hand"]]
    return full, geo


def t_moor_below(e, full, geo):
    """The written ids moved from above their item's line to below it."""
    lines = full.splitlines()
    out, held = [], None
    for ln in lines:
        if re.fullmatch(r" *26-\d{4} *", ln):
            held = ln
            continue
        out.append(ln)
        if held and re.match(r" *\d+\. +26-\d{4} ", ln):
            out.append(held)
            held = None
    return "\n".join(out) + "\n", geo


def t_moor_stroke(e, full, geo):
    first = next(r["number"] for r in e["related_numbers"] if r["kind"] == "struck")
    geo["struck"] = [(k, p) for k, p in geo["struck"] if p != first]
    return full, geo


def t_till_content(e, full, geo):
    geo["words"][0] = geo["words"][0] + list(e["inserted_records"])
    return full, geo


def t_till_day(e, full, geo):
    return re.sub(r"(\*\*\* DATE \S+ +INCIDENTS +\d+ \*\*\*) +\d+", r"\1", full, count=1), geo


TRAP = {
    "corvane-wa-pd": [t_corvane_strokes, t_corvane_written],
    "ellisford-county-mt-so": [t_ellis_notes, t_ellis_x],
    "halsworth-vt-pd": [t_hals_typed, t_hals_hand],
    "moorhaven-ri-pd": [t_moor_below, t_moor_stroke],
    "tillbrook-county-ks-so": [t_till_content, t_till_day],
}
for f, muts in TRAP.items():
    e, full, geo = texts(f)
    assert not C.check_layout(f, e["file"], e, full, geo), f
    for mut in muts:
        geo2 = copy.deepcopy(geo)
        full2, geo2 = mut(e, full, geo2)
        assert (full2, geo2) != (full, geo), (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, full2, geo2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
