"""Mutation runs for check_blind_logs186.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped, duplicated or repeated id, a wrong sample location, type or
date, sha256, page count or record count, an unprinted related number, an id listed as related, a
related number or a closing count listed as a record, a paper mark moved to where the page is blank, a
missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout, applied to the OCR text, the text layer or the image list and fed to the layout check: Calder
Flats' taped-over id readable, the closing total equal to the readable rows; Wrenmoor's pages scanned as
8-bit JPEG, a block without its disposition line; Ostrander's text layer with a misread id corrected,
with one more id misread; Pemberton Falls' punched item number readable, an item number skipped;
Hollowmere's call number missing from a record, a call number moved to the record above).
The page images are read by OCR once; the check runs in this process and reuses the readings (they are
keyed by the PDF's sha256, which the copies share).
Run: python tests/documents/blind_logs186/mutate_check_blind_logs186.py
"""

import contextlib
import hashlib
import io
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs186 as C  # noqa: E402


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
    """List a non-record number (a related number, else the closing count) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else str(e["record_count"])
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_mark(g):
    """A paper mark listed where the page is blank (the bottom right corner)."""
    mk = g[0]["paper_marks"][0]
    w, h = mk["box"][2] - mk["box"][0], mk["box"][3] - mk["box"][1]
    right = 792 if "landscape" in g[0]["scan"] else 612
    mk["box"] = [right - 4 - w, 4, right - 4, 4 + h]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec,
        m_repeat, m_mark]


def run_check(dst):
    with contextlib.redirect_stdout(io.StringIO()):
        return bool(C.check_set(dst))


def inputs(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    pages = C.ocr_pages(pdf, sha, e["pages"], folder in C.OPENING)
    layer = C.run(["pdftotext", "-layout", str(pdf), "-"]).decode().replace("\f", "")
    return e, pages, layer, C.image_list(pdf)


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
assert not run_check(SRC), "the set itself does not pass the check"

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
    caught += rc
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def sub1(pages, pat, repl):
    """Replace the first match of pat on any page."""
    for k, t in enumerate(pages):
        new = re.sub(pat, repl, t, count=1, flags=re.M)
        if new != t:
            return pages[:k] + [new] + pages[k + 1:]
    raise AssertionError(pat)


def t_calder_tape(e, pages, layer, images):
    """The taped-over row readable after all."""
    cov = e["covered_entirely"][0]
    return sub1(pages, r"^(.*CF26-\d{5} .*)$", rf"\1\n{cov} 03/05/26 10:00 Trespass 100 blk Kestrel Rd Report"), \
        layer, images


def t_calder_total(e, pages, layer, images):
    return sub1(pages, r"Total incidents: \d+", f"Total incidents: {e['record_count']}"), layer, images


def t_wren_jpeg(e, pages, layer, images):
    return pages, layer, [(p, "jpeg", 8, r) for p, _, _, r in images]


def t_wren_block(e, pages, layer, images):
    return sub1(pages, r"^.*DISPOSITION.*\n", ""), layer, images


def t_ost_fixed(e, pages, layer, images):
    x = e["text_layer_misreads"][0]
    return pages, layer.replace(x["text_layer"], x["record"]), images


def t_ost_more(e, pages, layer, images):
    wrong = {x["record"] for x in e["text_layer_misreads"]}
    cn = next(i for i in e["case_numbers"] if i not in wrong and "0" in i[3:])
    return pages, layer.replace(cn, cn[:3] + cn[3:].replace("0", "O")), images


def t_pem_hole(e, pages, layer, images):
    n = e["punched_item_numbers"][0]
    cn = e["case_numbers"][n - 1]
    return sub1(pages, rf"^.*?({cn} +Reported)", rf"{n}. \1"), layer, images


def t_pem_skip(e, pages, layer, images):
    return sub1(pages, r"^(\W*)2\.( +PF26-)", r"\g<1>3.\2"), layer, images


def t_hol_cad(e, pages, layer, images):
    cad = e["related_numbers"][3]["number"]
    return sub1(pages, re.escape(cad), "----------"), layer, images


def t_hol_move(e, pages, layer, images):
    """A record's call number printed on its own first line's record above (moved one record up)."""
    cad = e["related_numbers"][5]["number"]
    prev = e["case_numbers"][4]
    p = sub1(pages, re.escape(cad), "")
    return sub1(p, rf"^(.*{prev} .*)$", rf"\1 {cad}"), layer, images


TRAP = {
    "calder-flats-nv-pd": [t_calder_tape, t_calder_total],
    "wrenmoor-county-mt-so": [t_wren_jpeg, t_wren_block],
    "ostrander-ks-pd": [t_ost_fixed, t_ost_more],
    "pemberton-falls-me-pd": [t_pem_hole, t_pem_skip],
    "hollowmere-county-wa-so": [t_hol_cad, t_hol_move],
}
for f, muts in TRAP.items():
    e, pages, layer, images = inputs(f)
    assert not C.check_layout(f, e, pages, layer, images), f
    for mut in muts:
        p2, l2, i2 = mut(e, list(pages), layer, list(images))
        assert (p2, l2, i2) != (pages, layer, images), (f, mut.__name__)
        out = C.check_layout(f, e, p2, l2, i2)
        if f == "calder-flats-nv-pd":  # the covered id and the total are also part of the main check
            flat = " ".join(p2)
            out += [] if [int(x) for x in C.TOTAL[f].findall(flat)] == [e["printed_total"]] else ["total"]
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
