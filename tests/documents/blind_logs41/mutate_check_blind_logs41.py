"""Mutation runs for check_blind_logs41.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong heading
date, a withheld record not listed as withheld, a redaction box not listed, text under a box
that is not there, a missing agency folder, an agency without "[invented]") and PDF mutations (a
PDF replaced by another agency's, a PDF cut short) run the real check on a copy in a temporary
folder; layout-trap mutations (a page subtotal, index numbers, an id moved into a paragraph, a
cover letter that names an id) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs41/mutate_check_blind_logs41.py
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
import check_blind_logs41 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"][7] = g[0]["case_numbers"][6]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "9999 Nowhere Hall"


def m_type(g):
    g[-1]["sample_records"][2]["type"] = "Arson"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "10/01/2025 " + s["reported_at"].split()[-1]


def m_withheld(g):
    g[0]["withheld_in_full"].pop()


def m_box(g):
    g[0]["redaction_boxes"].pop()


def m_boxtext(g):
    g[0]["redaction_boxes"][0]["text_under_box"] = "1 Invisible Way"


def m_agency(g):
    for e in g:
        e["agency"] = e["agency"].replace(" [invented]", "")


GT_MUTATIONS = [  # (name, agency folder, mutation)
    ("drop an id", "alder-crossing-or-pd", m_drop),
    ("swap two ids", "brightwater-tx-marshal", m_swap),
    ("duplicate an id", "eastmarch-ma-university-pd", m_dup),
    ("wrong sample location", "cinder-bluff-nv-pd", m_loc),
    ("wrong sample type", "dunmore-valley-vt-sheriff", m_type),
    ("wrong sha256", "eastmarch-ma-university-pd", m_sha),
    ("wrong page count", "alder-crossing-or-pd", m_pages),
    ("unprinted related number", "cinder-bluff-nv-pd", m_rel),
    ("wrong record count", "brightwater-tx-marshal", m_count),
    ("id listed as related", "alder-crossing-or-pd", m_both),
    ("wrong heading date", "dunmore-valley-vt-sheriff", m_date),
    ("withheld record not listed", "brightwater-tx-marshal", m_withheld),
    ("redaction box not listed", "cinder-bluff-nv-pd", m_box),
    ("text under a box not there", "eastmarch-ma-university-pd", m_boxtext),
    ("agency not marked invented", "dunmore-valley-vt-sheriff", m_agency),
]


def copy_set(tmp):
    dst = Path(tmp) / "set"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("*.py", "__pycache__", "README.md"))
    return dst


def fails(dst):
    out = subprocess.run([sys.executable, str(SRC / "check_blind_logs41.py"), "--dir", str(dst)],
                         capture_output=True, text=True)
    return out.returncode != 0


def run_gt(name, folder, fn):
    with tempfile.TemporaryDirectory() as tmp:
        dst = copy_set(tmp)
        p = dst / folder / "groundtruth.json"
        g = json.loads(p.read_text())
        fn(g)
        p.write_text(json.dumps(g, indent=1))
        return fails(dst)


def run_files(name):
    with tempfile.TemporaryDirectory() as tmp:
        dst = copy_set(tmp)
        if name == "missing agency folder":
            shutil.rmtree(dst / "cinder-bluff-nv-pd")
        elif name == "PDF replaced by another agency's":
            pdf = dst / "alder-crossing-or-pd" / "acpd-incident-log-2025-10-13-19.pdf"
            shutil.copy(dst / "eastmarch-ma-university-pd" / "eupd-index-2025-09.pdf", pdf)
        elif name == "PDF cut short":
            pdf = dst / "dunmore-valley-vt-sheriff" / "dvsd-log-memo-2025-10-06-19.pdf"
            pdf.write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 2])
        try:
            return fails(dst)
        except Exception:  # noqa: BLE001 - a crash of the check is a failure too
            return True


def text_of(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / folder / e["file"]), "-"])
    return e, t


def layout_fails(folder, edit):
    e, t = text_of(folder)
    t2 = edit(t, e)
    assert t2 != t, f"mutation did not change the text of {folder}"
    recs = C.records(folder, t2)
    return bool(C.check_layout(folder, "mut", t2, e, recs) or C.check_samples(folder, "mut", t2, recs, e)
                or [n for n, _, _ in recs] != e["case_numbers"])


TEXT_MUTATIONS = [
    ("page subtotal off by one", "brightwater-tx-marshal",
     lambda t, e: re.sub(r"Page subtotal +(\d+)", lambda m: f"Page subtotal {int(m.group(1)) + 1}", t, count=1)),
    ("index numbers skip", "eastmarch-ma-university-pd", lambda t, e: t.replace("\nV-3 ", "\nV-4 ", 1)),
    ("cover letter names an id", "cinder-bluff-nv-pd",
     lambda t, e: t.replace("Re: Request", f"Re: {e['case_numbers'][0]} Request", 1)),
    ("withheld mark removed", "alder-crossing-or-pd",
     lambda t, e: t.replace("WITHHELD IN FULL - ORS 192.355(2)", "Trespass", 1)),
    ("id moved off the paragraph end", "dunmore-valley-vt-sheriff",
     lambda t, e: t.replace(f"[{e['case_numbers'][1]}]\n", f"\n[{e['case_numbers'][1]}] x\n", 1)),
]


def main():
    results = []
    for name, folder, fn in GT_MUTATIONS:
        results.append((name, run_gt(name, folder, fn)))
    for name in ("missing agency folder", "PDF replaced by another agency's", "PDF cut short"):
        results.append((name, run_files(name)))
    for name, folder, edit in TEXT_MUTATIONS:
        results.append((name, layout_fails(folder, edit)))
    for name, failed in results:
        print(f"{'caught' if failed else 'MISSED'}: {name}")
    missed = [n for n, f in results if not f]
    print(f"{len(results) - len(missed)}/{len(results)} mutations caught")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
