"""Mutation runs for check_blind_logs166.py: each broken copy of the set must fail the check.

Ground-truth mutations (ids listed in print order instead of reading order: the halves' order on the
sheets, or line by line where the sheets are in reading order; a dropped,
swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page count or record
count, an unprinted related number, an id listed as related, a related number or a page ordinal listed
as a record, a missing agency folder) run the real check on a copy in a temporary folder; trap mutations
(two per layout, applied to the `pdftotext -layout` text of the sheets or of the half sheets and fed to
the layout check: Marrowgate's first sheet with its page numbers swapped, its side-by-side rows broken
onto lines of their own; Quillby's second sheet side with its halves swapped, a block printed on the back
cover; Harrowfield's second sheet with its page numbers swapped, the entries beside left-page text taken
off the sheet lines; Pellworth's first sheet printed left to right, a paragraph renumbered; Ravenholt's
sheets in 2-up order instead of cut-and-stack, a page count changed).
Run: python tests/documents/blind_logs166/mutate_check_blind_logs166.py
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
import check_blind_logs166 as C  # noqa: E402


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


PRINT_ORDER = {}  # folder -> ids in print order: halves as they sit on the sheets, else line by line


def m_print_order(g, folder):
    """The ids listed in print order, not in reading order."""
    g[0]["case_numbers"] = PRINT_ORDER[folder]


MUTS = [m_print_order, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs166.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    full = C.run(["pdftotext", "-layout", str(pdf), "-"])
    halves = C.read_halves(pdf, e["pages"])
    return e, full, halves


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, full, halves = texts(f)
    PRINT_ORDER[f] = C.sheet_order_ids(f, halves)
    if PRINT_ORDER[f] == e["case_numbers"]:  # 2-up in reading order: the sheets read line by line
        PRINT_ORDER[f] = C.line_order_ids(f, full)
    assert PRINT_ORDER[f] != e["case_numbers"], f

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_print_order else m(g)
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


def half(halves, page, side):
    return next(h for h in halves if h["page"] == page and h["side"] == side)


def swap_texts(halves, a, b):
    """Swap the printed contents of two halves (as if the imposition had put them the other way)."""
    ha, hb = half(halves, *a), half(halves, *b)
    ha["text"], hb["text"] = hb["text"], ha["text"]


def swap_folios(halves, page, pat):
    """Swap the page numbers printed under the two halves of one sheet."""
    left, right = half(halves, page, 0), half(halves, page, 1)
    fl, fr = re.search(pat, left["text"]), re.search(pat, right["text"])
    left["text"] = left["text"][:fl.start(1)] + fr.group(1) + left["text"][fl.end(1):]
    right["text"] = right["text"][:fr.start(1)] + fl.group(1) + right["text"][fr.end(1):]


def t_marrow_folios(full, halves):
    swap_folios(halves, 1, r"Page (\d+) of \d+")
    return full, halves


def t_marrow_lines(full, halves):
    """Each side-by-side row put on a line of its own."""
    return re.sub(r"(?m)^(.*\S) {2,}(26-\d{6} )", r"\1\n\2", full), halves


def t_quillby_swap(full, halves):
    swap_texts(halves, (2, 0), (2, 1))
    return full, halves


def t_quillby_cover(full, halves):
    back = next(h for h in halves if h["page"] == 1 and h["side"] == 0)
    back["text"] += "\nCASE NO:     QC26-99999     RECEIVED: 02/28/2026 23:59\nNATURE:      Trespass\n"
    return full, halves


def t_harrow_folios(full, halves):
    swap_folios(halves, 2, r"Page (\d+) of \d+")
    return full, halves


def t_harrow_beside(full, halves):
    """The entries that start beside left-page text taken off the sheet lines."""
    return re.sub(rf"(?m)^( *\S.*\S) {{3,}}\d{{1,2}}/\d{{1,2}}/26, \d{{4}} hrs {C.D} .*$", r"\1", full), halves


def t_pell_ltr(full, halves):
    swap_texts(halves, (1, 0), (1, 1))
    return full, halves


def t_pell_para(full, halves):
    h = half(halves, 1, 1)
    h["text"] = re.sub(rf"(?m)^( *)5\.( +P26-\d{{4}} {C.D})", r"\g<1>6.\2", h["text"], count=1)
    return full, halves


def t_raven_order(full, halves):
    swap_texts(halves, (1, 1), (2, 0))
    return full, halves


def t_raven_count(full, halves):
    h = half(halves, 2, 0)
    h["text"] = re.sub(r"(RECORDS THIS PAGE: +)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1),
                       h["text"], count=1)
    return full, halves


TRAP = {
    "marrowgate-or-pd": [t_marrow_folios, t_marrow_lines],
    "quillby-county-id-so": [t_quillby_swap, t_quillby_cover],
    "harrowfield-nh-pd": [t_harrow_folios, t_harrow_beside],
    "pellworth-township-pa-pd": [t_pell_ltr, t_pell_para],
    "ravenholt-county-tx-so": [t_raven_order, t_raven_count],
}
for f, muts in TRAP.items():
    e, full, halves = texts(f)
    assert not C.check_layout(f, e["file"], e, full, halves), f
    for mut in muts:
        h2 = [dict(h) for h in halves]
        full2, h2 = mut(full, h2)
        assert (full2, [h["text"] for h in h2]) != (full, [h["text"] for h in halves]), (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, full2, h2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
