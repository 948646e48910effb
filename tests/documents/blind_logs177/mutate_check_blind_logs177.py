"""Mutation runs for check_blind_logs177.py: each broken copy of the set must fail the check.

Ground-truth mutations (the trap's numbers listed as ids — Calderwick's dashed codes, Tessaly's RMS case
numbers, Wrenford's house numbers, Ostrander's odometer readings, Brannock's reporting districts —; a
dropped, swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page count or
record count, an unprinted related number, an id listed as another record's related number, a related
number listed as a record, a missing agency folder) run the real check on a copy in a temporary folder;
trap mutations (two per layout, applied to the `pdftotext -layout` text and fed to the layout check:
Calderwick's dashed codes printed without the dash, its `Code` and `Incident No.` titles swapped;
Tessaly's first continuation line dropped, a block's case number dropped; Wrenford's `Log` label replaced
on one entry, the house numbers moved out of the log-number range; Ostrander's `Odo` and `Inc` labels
swapped on one item, an item renumbered; Brannock's RD and CALL values swapped on the first rows, a day
count changed).
Run: python tests/documents/blind_logs177/mutate_check_blind_logs177.py
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
import check_blind_logs177 as C  # noqa: E402

TRAP_KIND = {"calderwick-ca-pd": "call_code", "tessaly-county-nv-so": "report", "wrenford-ca-pd": "house_number",
             "ostrander-county-or-so": "odometer", "brannock-bay-ca-pd": "reporting_district"}


def m_trap_ids(g, folder):
    """Each record's trap number (a code, case number, house number, odometer or district) listed as its id."""
    e = g[0]
    sub = {r["record"]: r["number"] for r in e["related_numbers"] if r["kind"] == TRAP_KIND[folder]}
    e["case_numbers"] = [sub.get(x, x) for x in e["case_numbers"]]


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
    """List a non-record number (a related number) as a record."""
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


MUTS = [m_trap_ids, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs177.py"), "--dir", str(dst)],
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
            before = json.dumps(g)
            m(g, f) if m is m_trap_ids else m(g)
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


def t_cald_nodash(full):
    return re.sub(r"(?m)^( *\d\d/\d\d/26 +\d{4} +(?:\d{4}(?:-\d{4})? +)?)(\d\d)-(\d{3})( +26-\d{3} )",
                  r"\1\2\3\4", full)


def t_cald_titles(full):
    return re.sub(r"Code( +)Incident No\.", r"Incident No.\1Code", full)


def t_tess_cont(full):
    return re.sub(r"(?m)^ *EVENT +\d{5} +\(continued\) *\n", "", full, count=1)


def t_tess_case(full):
    return re.sub(r" +Case No\. 26-\d{5}", "", full, count=1)


def t_wren_label(full):
    return re.sub(r"\bLog (\d{4})\.", r"Ref \1.", full, count=1)


def t_wren_house(full):
    return re.sub(r"(?<![\d$,])(\d{4})(\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+(?:Street|Road|Avenue|Lane|Drive|Way|"
                  r"Court|Boulevard)\b)", lambda m: str(int(m.group(1)) + 5000) + m.group(2), full)


def t_ostr_labels(full):
    return re.sub(r"Odo (\d{5})( +)Inc (\d{5})", r"Odo \3\2Inc \1", full, count=1)


def t_ostr_item(full):
    return re.sub(r"(?m)^( *)7\.( +\d\d/\d\d/26 )", r"\g<1>8.\2", full, count=1)


def t_bran_cols(full):
    return re.sub(r"(?m)^( *\d\d/\d\d/26 \d{4} +)(\d{4})( +)(\d{4}) ", r"\1\4\3\2 ", full, count=6)


def t_bran_day(full):
    return re.sub(r"(-{5} \d\d/\d\d/26 CALLS +)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), full,
                  count=1)


TRAP = {
    "calderwick-ca-pd": [t_cald_nodash, t_cald_titles],
    "tessaly-county-nv-so": [t_tess_cont, t_tess_case],
    "wrenford-ca-pd": [t_wren_label, t_wren_house],
    "ostrander-county-or-so": [t_ostr_labels, t_ostr_item],
    "brannock-bay-ca-pd": [t_bran_cols, t_bran_day],
}
for f, muts in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    full = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], e, full), f
    for mut in muts:
        full2 = mut(full)
        assert full2 != full, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, full2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
