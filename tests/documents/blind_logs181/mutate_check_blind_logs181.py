"""Mutation runs for check_blind_logs181.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids listed in the order the PDF shows them instead of reading order — the
OCR of the photos in PDF order, the scanning app's text layer for Castlemoor —; a dropped, swapped,
duplicated or repeated id, a wrong sample location, type or date, sha256, page count or record count, an
unprinted related number, an id listed as related, a related number or a page ordinal listed as a
record, a missing agency folder) run the real check on a copy in a temporary folder (sharing the OCR
cache); trap mutations (two per layout, applied to the OCR texts, the text layer or the image sizes and
fed to the layout check: Brindlecombe without the sheet below in the photos, its first photo without the
lower sheet's page number; Castlemoor's text layer corrected to the printed ids, its photos without the
app's footer; Dunmere's photos all turned the same way, stored upright; Elsworth without the retake, the
spoilt shot showing another page's items; Farrowdale's photos in page order, without the total on the
first photo).
Run: python tests/documents/blind_logs181/mutate_check_blind_logs181.py
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
import check_blind_logs181 as C  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "blind_logs181-ocr"


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
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


PRINT_ORDER = {}


def m_print_order(g, folder):
    g[0]["case_numbers"] = PRINT_ORDER[folder]
    g[0]["record_count"] = len(PRINT_ORDER[folder])


MUTS = [m_print_order, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs181.py"), "--dir", str(dst), "--ocr-cache",
                           str(CACHE)], capture_output=True).returncode


MODELS = C.M.models()


def context(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    ctx = C.photo_context(folder, SRC / folder / e["file"], e, CACHE)
    _, bl = C.check_text(folder, e["file"], e, MODELS[folder])
    return e, ctx, bl


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, ctx, _ = context(f)
    if f == "castlemoor-county-mt-so":
        PRINT_ORDER[f] = re.findall(r"\bCM26-\w{5}\b", ctx["layer"])
    else:
        PRINT_ORDER[f] = [x for t in ctx["ocr"] for x in C.ocr_ids(f, t)]
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


def t_brind_nopeek(ctx, e):
    """No sheet below: the photos show only their own page's rows."""
    ids = e["case_numbers"]
    for k in range(len(ctx["ocr"]) - 1):
        own = set(C.ocr_ids("brindlecombe-wi-pd", ctx["ocr"][k + 1]))
        ctx["ocr"][k] = "\n".join(ln for ln in ctx["ocr"][k].splitlines()
                                  if not any(x in own and x in ids for x in C.ocr_ids("brindlecombe-wi-pd", ln)))


def t_brind_folio(ctx, e):
    ctx["ocr"][0] = re.sub(r"Page\s+2\s+of\s+3", "", ctx["ocr"][0])


def t_castle_layer(ctx, e):
    for m in e["ocr_layer_misreads"]:
        ctx["layer"] = ctx["layer"].replace(m["ocr_layer"], m["printed"])


def t_castle_footer(ctx, e):
    ctx["ocr"] = [t.replace("PocketDoc", "") for t in ctx["ocr"]]


def t_dun_same(ctx, e):
    for t in ctx["all"]:
        if len(C.ocr_ids("dunmere-vt-pd", t[270])) > len(C.ocr_ids("dunmere-vt-pd", t[90])):
            t[90], t[270] = t[270], t[90]


def t_dun_upright(ctx, e):
    ctx["sizes"] = [(h, w) for w, h in ctx["sizes"]]


def t_els_noretake(ctx, e):
    del ctx["ocr"][1]


def t_els_spoilt(ctx, e):
    ctx["ocr"][1] += "\n" + ctx["ocr"][3]


def t_far_order(ctx, e):
    ctx["ocr"].reverse()


def t_far_total(ctx, e):
    ctx["ocr"][0] = ctx["ocr"][0].replace("TOTAL INCIDENTS", "")


TRAP = {
    "brindlecombe-wi-pd": [t_brind_nopeek, t_brind_folio],
    "castlemoor-county-mt-so": [t_castle_layer, t_castle_footer],
    "dunmere-vt-pd": [t_dun_same, t_dun_upright],
    "elsworth-township-oh-pd": [t_els_noretake, t_els_spoilt],
    "farrowdale-county-nv-so": [t_far_order, t_far_total],
}
for f, muts in TRAP.items():
    e, ctx, bl = context(f)
    assert not C.check_layout(f, e["file"], e, ctx, bl), f
    for mut in muts:
        c2 = copy.deepcopy(ctx)
        mut(c2, e)
        assert c2 != ctx, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, c2, bl)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
