"""Mutation runs for check_blind_logs179.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids as the text layer gives them instead of as printed, where the layer holds
something id-like: Alderbrook's permuted digits, Corvell's glyph-id strings, Fallowmere's CAD numbers; a
dropped, swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page count or
record count, an unprinted related number, an id listed as related, a related number or a page ordinal
listed as a record, a missing agency folder) run the real check on a copy in a temporary folder (the OCR
cache makes these quick); trap mutations (two per layout, applied to the text layer, the OCR text, the
font list or the image count and fed to the layout check: Alderbrook's layer with the digits right, and
with two more digits swapped; Corvell's layer decoded as if it had a ToUnicode map, its fonts listed with
one; Dunmere's pages with a text layer, with an image; Eskerby's fonts as TrueType, an item renumbered on
the page; Fallowmere's id column extracting as printed, its CAD numbers garbled like the ids).
Run: python tests/documents/blind_logs179/mutate_check_blind_logs179.py
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
import check_blind_logs179 as C  # noqa: E402


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


LAYER_IDS = {}  # folder -> what the text layer gives in place of the ids


def m_layer(g, folder):
    """The ids as the text layer gives them, not as printed."""
    g[0]["case_numbers"] = LAYER_IDS[folder]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs179.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    raw = C.run(["pdftotext", "-layout", str(pdf), "-"])
    fonts, images = C.fonts_of(pdf)
    return e, raw, C.ocr(pdf, pdf.read_bytes()), fonts, images


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, raw, seen, fonts, images = texts(f)
    if f == "alderbrook-wa-pd":
        LAYER_IDS[f] = re.findall(r"(?m)^ *(\d\d-\d{6}) ", raw)
    if f == "corvell-county-mt-so":
        LAYER_IDS[f] = re.findall(r"&&[\x13-\x1c\x10]{8}", raw)
    if f == "fallowmere-county-nv-so":
        LAYER_IDS[f] = re.findall(r"\b\d{10}\b", raw)
    if f in LAYER_IDS:
        assert len(LAYER_IDS[f]) == len(e["case_numbers"]) and LAYER_IDS[f] != e["case_numbers"], f

caught = missed = 0
jobs = [(f, m) for f in folders for m in MUTS] + [(f, m_layer) for f in LAYER_IDS]
for f, m in jobs:
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        gp = dst / f / "groundtruth.json"
        g = json.loads(gp.read_text())
        m(g, f) if m is m_layer else m(g)
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


def t_alder_fixed(raw, seen, fonts, images):
    """The digits extract as printed (a right ToUnicode map)."""
    return raw.translate(C.UNPERM), seen, fonts, images


def t_alder_other(raw, seen, fonts, images):
    """Another permutation: 3 and 5 swapped on top of the fault."""
    return raw.translate(str.maketrans("35", "53")), seen, fonts, images


def t_corvell_decoded(raw, seen, fonts, images):
    return C.decode("corvell-county-mt-so", raw), seen, fonts, images


def t_corvell_uni(raw, seen, fonts, images):
    return raw, seen, [(a, b, c, "yes") for a, b, c, _ in fonts], images


def t_dunmere_text(raw, seen, fonts, images):
    return seen, seen, fonts, images


def t_dunmere_image(raw, seen, fonts, images):
    return raw, seen, fonts, 1


def t_esk_fonts(raw, seen, fonts, images):
    return raw, seen, [("TrueType", "WinAnsi", "yes", "no") for _ in fonts], images


def t_esk_item(raw, seen, fonts, images):
    return raw, re.sub(r"(?m)^5[.,]( +2026-)", r"6.\1", seen, count=1), fonts, images


def t_fall_ids(raw, seen, fonts, images):
    return C.decode("fallowmere-county-nv-so", raw), seen, fonts, images


def t_fall_cads(raw, seen, fonts, images):
    return re.sub(r"\b\d{10}\b", lambda m: "".join(chr(65 + int(c)) for c in m.group()), raw), seen, fonts, images


TRAP = {
    "alderbrook-wa-pd": [t_alder_fixed, t_alder_other],
    "corvell-county-mt-so": [t_corvell_decoded, t_corvell_uni],
    "dunmere-vt-pd": [t_dunmere_text, t_dunmere_image],
    "eskerby-mi-pd": [t_esk_fonts, t_esk_item],
    "fallowmere-county-nv-so": [t_fall_ids, t_fall_cads],
}
for f, muts in TRAP.items():
    e, raw, seen, fonts, images = texts(f)
    assert not C.check_layout(f, e["file"], e, raw, seen, fonts, images), f
    for mut in muts:
        got = mut(raw, seen, fonts, images)
        assert got != (raw, seen, fonts, images), (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, *got)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
