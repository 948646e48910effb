"""Mutation runs for check_blind_logs156.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (earlier incident, reference, cited or CAD number) listed as a record, a record listed twice,
a missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout: a space put between an incident number and its call-type code, a code whose name does not
begin the clipped nature; a reference line whose second label reads `Receiv`, a reference number
changed to a later one; two entries of one day out of order in the column-by-column reading, a line
whose two columns touch; an item number repeated, a space put after an item number; an appendix
line naming the wrong field, the closing cut total changed) are applied to the `pdftotext -layout`
text (for the two-column bulletin, to its column texts or its page text) and fed to the layout check.
Run: python tests/documents/blind_logs156/mutate_check_blind_logs156.py
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
import check_blind_logs156 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "cad", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "cad", "number": g[0]["case_numbers"][0]}
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


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs156.py"), "--dir", str(dst)],
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


def on_text(fn):
    """A mutation of the page text only."""
    return lambda t, cols: (fn(t), cols)


def code_apart(t):
    """A space put between an incident number and the call-type code it touches."""
    return re.sub(r"(?m)^( *25-\d{6})([A-Z]{4}) ", r"\1 \2 ", t, count=1)


def code_changed(t):
    """The first row's code replaced by a code whose name does not begin its nature."""
    m = re.search(r"(?m)^ *25-\d{6}([A-Z]{4}) ", t)
    new = "VAND" if m.group(1) != "VAND" else "ASLT"
    return t[:m.start(1)] + new + t[m.end(1):]


def ref_as_record(t):
    """A reference line whose second label reads `Receiv`, as a block's first line does."""
    return re.sub(r"(?m)^( *Incide +2025-\d{6} +)Relati ", r"\1Receiv ", t, count=1)


def ref_later(t):
    """A reference number changed to a number later than the incidents of the print."""
    return re.sub(r"(?m)^( *Incide +)2025-\d{6}( +Relati )", r"\g<1>2025-009999\2", t, count=1)


def entries_out_of_order(t, cols):
    """The second entry of the first day stamped 0000, before the first entry, in the column text."""
    left = cols[0][0]
    m = list(re.finditer(r"(?m)^( *\d\d/\d\d )(\d{4})( 25-\d{5} )", left))[1]
    cols = [list(p) for p in cols]
    cols[0][0] = left[:m.start(2)] + "0000" + left[m.end(2):]
    return t, cols


def columns_touch(t, cols):
    """A text line whose two columns stand one space apart loses that space."""
    lefts = {x.strip() for page in cols for x in page[0].splitlines() if x.strip()}
    lines = t.split("\n")
    for i, line in enumerate(lines):
        for ll in lefts:
            if line.startswith(ll + " ") and len(line) > len(ll) + 1 and line[len(ll) + 1] != " ":
                lines[i] = ll + line[len(ll) + 1:]
                return "\n".join(lines), cols
    raise AssertionError("no tight line")


def bump(pattern, delta):
    return lambda t: re.sub(pattern, lambda m: m.group(0)[:m.start(1) - m.start(0)] + str(int(m.group(1)) + delta)
                            + m.group(0)[m.end(1) - m.start(0):], t, count=1)


def field_swapped(t):
    """The first appendix line names another field than the one cut."""
    return re.sub(r"(?m)^( *25-\d{5} +)(NAT|LOC|DISP)( )",
                  lambda m: m.group(1) + {"NAT": "LOC", "LOC": "NAT", "DISP": "NAT"}[m.group(2)] + m.group(3), t,
                  count=1)


TRAP = {  # text mutations that break each layout's trap
    "fenmore-shoals-nc-pd": on_text(code_apart),
    "tessler-county-ne-so": on_text(ref_as_record),
    "quenby-flats-az-pd": entries_out_of_order,
    # an item number repeated
    "osgood-mills-vt-pd": on_text(lambda t: re.sub(r"(?m)^( *)2\.(?=25-)", r"\g<1>1.", t, count=1)),
    "wickerby-junction-ia-pd": on_text(field_swapped),
}
TRAP2 = {  # a second mutation of each trap
    "fenmore-shoals-nc-pd": on_text(code_changed),
    "tessler-county-ne-so": on_text(ref_later),
    "quenby-flats-az-pd": columns_touch,
    # a space put after an item number
    "osgood-mills-vt-pd": on_text(lambda t: re.sub(r"(?m)^( *\d+\.)(25-\d{4})", r"\1 \2", t, count=1)),
    # the closing cut total changed
    "wickerby-junction-ia-pd": on_text(bump(r"VALUES CUT: (\d+)", 1)),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    t = C.run(["pdftotext", "-layout", str(pdf), "-"])
    cols = C.columns(pdf, e["pages"]) if f == "quenby-flats-az-pd" else None

    assert not C.check_layout(f, e["file"], t, e, C.records(f, C.flow(cols) if cols else t), cols), f
    t2, cols2 = mut(t, cols)
    assert (t2, cols2) != (t, cols), f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, C.flow(cols2) if cols2 else t2), cols2)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, mut)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
