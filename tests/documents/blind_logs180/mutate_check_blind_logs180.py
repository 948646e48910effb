"""Mutation runs for check_blind_logs180.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids as the whole text layer gives them, not_printed records counted in; a
not_printed number listed as a record; a dropped, swapped, duplicated or repeated id; a wrong sample
location, type or date; sha256, page count or record count; an unprinted related number; an id listed
as related; a related number listed as a record; a not_printed entry naming a printed id or a number
that is not in the file; a missing agency folder) run the real check on a copy in a temporary folder
(in-process, reusing the check's extraction of each unchanged PDF); trap mutations (two per layout,
applied to the decoded content streams and catalog the layout check reads: Tallowmere's layer switched
on, its sidebar taken out of the layer; Corvallen's CropBox removed, its hidden blocks moved into the
crop; Wendleford's white text made black, its suppressed entries made grey; Ostermoor's clip removed,
its clip rectangle stretched over the hidden items; Harlsby's boxes drawn before the rows, its grey
box made white), two ink mutations (a not_printed number that leaves ink, one that is in the visible
text) and two OCR mutations (an OCR text that reads a not_printed number, one that reads too few ids).
Run: python tests/documents/blind_logs180/mutate_check_blind_logs180.py
"""

import contextlib
import copy
import io
import json
import re
import shutil
import sys
import tempfile
import zlib
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs180 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]})


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
    """A related number (else a page ordinal) listed as a record."""
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"] if e["related_numbers"] else "1")
    e["record_count"] += 1


def m_hidden_rec(g):
    """A not_printed number listed as a record, in its place in the series."""
    e = g[0]
    h = e["not_printed"][len(e["not_printed"]) // 2]["number"]
    e["case_numbers"] = sorted(e["case_numbers"] + [h])
    e["record_count"] += 1


def m_hidden_printed(g):
    """A not_printed entry that names a printed id."""
    g[0]["not_printed"][0]["number"] = g[0]["case_numbers"][0]


def m_hidden_absent(g):
    g[0]["not_printed"][-1]["number"] = "XX26-00001"


RAW_ORDER = {}  # folder -> the ids the whole text layer gives, in order (visible and not printed)


def m_raw_order(g, folder):
    g[0]["case_numbers"] = RAW_ORDER[folder]
    g[0]["record_count"] = len(RAW_ORDER[folder])


MUTS = [m_raw_order, m_hidden_rec, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages,
        m_dup, m_nonrec, m_repeat, m_hidden_printed, m_hidden_absent]


def quiet_check(dst):
    with contextlib.redirect_stdout(io.StringIO()):
        return C.check_dir(dst)


def load(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    return e, C.extract(SRC / folder / e["file"])


folders = sorted(C.START)
for f in folders:
    e, x = load(f)
    ids = set(e["case_numbers"]) | {h["number"] for h in e["not_printed"]}
    RAW_ORDER[f] = [t for p in x["pages"] for t in re.findall(r"[\w-]+", p["all"]) if t in ids]
    assert RAW_ORDER[f] != e["case_numbers"], f

caught = missed = 0
assert not quiet_check(SRC)
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_raw_order else m(g)
            gp.write_text(json.dumps(g))
            if quiet_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    out = quiet_check(dst)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED folder removed")


# ------------------------------------------------------------------ trap mutations on the PDF's streams
def edit_streams(data, fn):
    """Apply fn to every decoded content stream (the layout check reads objects by pattern, not by xref)."""
    def sub(m):
        body = zlib.decompress(m.group(2)).decode("latin-1")
        return m.group(1) + zlib.compress(fn(body).encode("latin-1")) + m.group(3)
    return re.sub(rb"(?s)(stream\n)(.*?)(\nendstream)", sub, data)


def t_ocg_on(x, e):
    x["data"] = re.sub(rb"/ON \[\] /OFF \[(\d+ 0 R)\]", rb"/ON [\1] /OFF []", x["data"])


def t_ocg_out(x, e):
    x["data"] = edit_streams(x["data"], lambda s: s.replace("/OC /OC1 BDC\n", ""))


def t_crop_gone(x, e):
    x["data"] = x["data"].replace(b" /CropBox [0 216 612 1008]", b"")


def t_crop_moved(x, e):
    def up(s):
        return re.sub(r"Td \(", "Td (", re.sub(r"([\d.]+) ([\d.]+) Td", lambda m: m.group(0) if float(m.group(2)) > 216
                                              else f"{m.group(1)} {float(m.group(2)) + 400:.2f} Td", s))
    x["data"] = edit_streams(x["data"], up)


def t_white_black(x, e):
    x["data"] = edit_streams(x["data"], lambda s: s.replace("\n1 g\n", "\n0 g\n"))


def t_white_grey(x, e):
    x["data"] = edit_streams(x["data"], lambda s: s.replace("\n1 g\n", "\n0.5 g\n"))


def t_clip_gone(x, e):
    x["data"] = edit_streams(x["data"], lambda s: re.sub(r"(?m)^q [\d. ]+ re W n$", "q", s))


def t_clip_big(x, e):
    x["data"] = edit_streams(x["data"], lambda s: re.sub(r"(?m)^q ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re W n$",
                                                         r"q \1 40 \3 652 re W n", s))


def t_cover_first(x, e):
    def first(s):
        lines = s.splitlines()
        boxes = [ln for ln in lines if ln.endswith(" re f 0 g")]
        return "\n".join(boxes + [ln for ln in lines if ln not in boxes]) + "\n"
    x["data"] = edit_streams(x["data"], first)


def t_cover_white(x, e):
    x["data"] = edit_streams(x["data"], lambda s: re.sub(r"(?m)^0\.82 g ", "1 g ", s))


TRAP = {
    "tallowmere-wa-pd": [t_ocg_on, t_ocg_out],
    "corvallen-county-ne-so": [t_crop_gone, t_crop_moved],
    "wendleford-vt-pd": [t_white_black, t_white_grey],
    "ostermoor-township-mi-pd": [t_clip_gone, t_clip_big],
    "harlsby-county-ks-so": [t_cover_first, t_cover_white],
}
for f, muts in TRAP.items():
    e, x = load(f)
    assert not C.check_layout(f, e["file"], e, x), f
    for mut in muts:
        x2 = copy.copy(x)
        mut(x2, e)
        assert x2["data"] != x["data"], (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, x2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)


# ------------------------------------------------------------------ ink and OCR mutations
def k_ink(x, e):
    h = e["not_printed"][0]
    x["pages"][h["page"] - 1]["ink"][h["number"]] = [True]


def k_vis(x, e):
    h = e["not_printed"][-1]
    x["pages"][h["page"] - 1]["vis"] += "\n" + h["number"]


for f in folders:
    e, x = load(f)
    assert not C.check_hidden(e["file"], x, e), f
    for mut in (k_ink, k_vis):
        x2 = dict(x, pages=[dict(p, ink=dict(p["ink"])) for p in x["pages"]])
        mut(x2, e)
        out = C.check_hidden(e["file"], x2, e)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED ink", f, mut.__name__)
    good = "\n".join(e["case_numbers"])
    with contextlib.redirect_stdout(io.StringIO()):
        assert not C.ocr_problems(e["file"], good, e), f
        for bad in (good + "\n" + e["not_printed"][0]["number"], "\n".join(e["case_numbers"][: len(good) // 40])):
            out = C.ocr_problems(e["file"], bad, e)
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED ocr", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
