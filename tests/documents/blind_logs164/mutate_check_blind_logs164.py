"""Mutation runs for check_blind_logs164.py: each broken copy of the set must fail the check.

Ground-truth mutations (another agency's call listed as a record, a record's id replaced by its police case
number, a dropped, swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page
count or record count, an unprinted related number, an id listed as related, a related number or a page
ordinal listed as a record, a missing agency folder) run the real check on a copy in a temporary folder;
trap mutations (two per layout: a department row's code printed as the look-alike fire code, the grand
total made equal to the department's count; a linked call given the department's agency, a linked call
printed with its parent's number; a township paragraph printed as a city police paragraph, a city police
paragraph printed as the township's; a paragraph number skipped, another agency's call in the town given
the department's code; a police cell moved into the fire column, a day total changed) are applied to the
`pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs164/mutate_check_blind_logs164.py
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
import check_blind_logs164 as C  # noqa: E402

TEXT = {}


def text_of(folder, e):
    if folder not in TEXT:
        TEXT[folder] = subprocess.run(["pdftotext", "-layout", str(SRC / folder / e["file"]), "-"],
                                      capture_output=True, text=True, check=True).stdout
    return TEXT[folder]


def m_other(g, folder):
    """Another agency's call (a number of the same CAD series, printed beside the records) listed as a record."""
    e = g[0]
    t = text_of(folder, e)
    other = [(i, m.group("lid") if C.g(m, "link") else cad) for i, (num, cad, _, _, m) in
             enumerate(C.blocks(folder, t)) if (cad and not num) or C.g(m, "link")]
    before = [num for num, _, _, _, _ in C.blocks(folder, t)[:other[0][0]] if num]
    e["case_numbers"].insert(len(before), other[0][1])
    e["record_count"] += 1


def m_case(g, folder):
    """A record's id replaced by the police case number printed in it."""
    e = g[0]
    r = next(x for x in e["related_numbers"] if x["kind"] == "police_case")
    e["case_numbers"][e["case_numbers"].index(r["record"])] = r["number"]


def m_drop(g, folder):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g, folder):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g, folder):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g, folder):
    g[0]["sha256"] = "0" * 64


def m_rel(g, folder):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "police_case", "number": "ZZ99-1234"})


def m_count(g, folder):
    g[0]["record_count"] += 1


def m_both(g, folder):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "linked_call", "number": g[0]["case_numbers"][0]}
    )


def m_date(g, folder):
    g[-1]["sample_records"][2]["reported_at"] = "09/30/1999 11:11"


def m_repeat(g, folder):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g, folder):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g, folder):
    g[0]["pages"] += 1


def m_dup(g, folder):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g, folder):
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_other, m_case, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs164.py"), "--dir", str(dst)],
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
            m(g, f)
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


def second_ostrander_law_to_fire(t):
    """A police cell (all three lines) moved into the fire column."""
    lines = t.split("\n")
    i = next(i for i, ln in enumerate(lines) if re.match(r"\d\d/\d\d/\d\d \d\d:\d\d {3,12}KC25-", ln))
    ind = re.search(r"KC25-", lines[i]).start()
    pad = " " * 60
    lines[i] = lines[i][:ind] + pad + lines[i][ind:]
    for k in (i + 1, i + 2):
        lines[k] = pad + lines[k]
    return "\n".join(lines)


TRAP = {  # text mutations that break each layout's trap
    # a department row's code printed as the look-alike fire code
    "holloway-falls-ny-pd": lambda t: re.sub(r"(25-\d{6} +\d\d/\d\d/\d{4} \d\d:\d\d +)HFPD( +)LAW",
                                             r"\1HFFD\2LAW", t, count=1),
    # a linked call given the department's agency
    "marrowgate-wi-pd": lambda t: re.sub(r"(>> Linked Call No: +CFS\d{4}-\d{6} +Agency: )\S+", r"\1MPD", t, count=1),
    # a township police paragraph printed as the city police's
    "fenwick-pa-pd": lambda t: re.sub(r"(\d\d:\d\d \u2014 Fenwick )Township (Police were sent)", r"\1\2", t, count=1),
    # a paragraph number skipped
    "cordell-junction-ks-pd": lambda t: re.sub(r"(?m)^( *)12\.( +Event )", r"\g<1>13.\2", t, count=1),
    # a police cell moved into the fire column
    "ostrander-me-pd": second_ostrander_law_to_fire,
}


def hf_total(t):
    n = re.search(r"HFPD +Holloway Falls Police Department +LAW +(\d+)", t).group(1)
    return re.sub(r"Total calls listed: \d+", f"Total calls listed: {n}", t)


def mg_parent(t):
    """A linked call printed with its parent's number."""
    m = re.search(r"Call No: +(CFS\d{4}-\d{6})(?:(?!Call No:).)*?>> Linked Call No: +(CFS\d{4}-\d{6})", t, re.S)
    return t[:m.start(2)] + m.group(1) + t[m.end(2):]


TRAP2 = {  # a second mutation of each trap
    # the grand total made equal to the department's count
    "holloway-falls-ny-pd": hf_total,
    # a linked call printed with its parent's number
    "marrowgate-wi-pd": mg_parent,
    # a city police paragraph printed as the township's
    "fenwick-pa-pd": lambda t: re.sub(r"(\d\d:\d\d \u2014 Fenwick )(Police were sent)", r"\1Township \2", t, count=1),
    # another agency's law call in the town given the department's code
    "cordell-junction-ks-pd": lambda t: re.sub(r"(CORDELL JUNCTION \u2014 Agency )(?:HPD|RCSO)( \(law\))", r"\1CJPD\2",
                                               t, count=1),
    # a day total changed
    "ostrander-me-pd": lambda t: re.sub(r"(DAY TOTALS \S+: +LAW )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1),
                                        t, count=1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = text_of(f, e)
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
