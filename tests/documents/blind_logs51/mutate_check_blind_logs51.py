"""Break copies of the fifty-first held-out set and require check_blind_logs51.py to fail on each.

Every mutation works on a fresh copy in a temporary folder (the set itself is never touched),
then runs the check with `--dir COPY`; a mutation the check does not catch is reported.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECK = HERE / "check_blind_logs51.py"


def gt_edit(folder, fn):
    def mutate(root):
        p = root / folder / "groundtruth.json"
        data = json.loads(p.read_text())
        fn(data)
        p.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    return mutate


def drop_id(d):
    d[0]["case_numbers"].pop(5)
    d[0]["record_count"] -= 1


def swap_ids(d):
    ids = d[0]["case_numbers"]
    ids[3], ids[4] = ids[4], ids[3]


def extra_id(d):
    d[0]["case_numbers"].append(d[0]["case_numbers"][-1][:-1] + "9")
    d[0]["record_count"] += 1


def count_off(d):
    d[-1]["record_count"] += 1


def sample_value(key, new):
    def fn(d):
        d[0]["sample_records"][1][key] = new
    return fn


def sample_wrong_record(d):
    s = d[0]["sample_records"]
    s[2]["case_number"], s[1]["case_number"] = s[1]["case_number"], s[2]["case_number"]


def related_unprinted(d):
    d[0]["related_numbers"][0]["number"] += "7"


def related_is_id(d):
    d[0]["related_numbers"].append({"record": d[0]["case_numbers"][0], "kind": "citation",
                                    "number": d[0]["case_numbers"][1]})


def not_invented(d):
    d[0]["agency"] = d[0]["agency"].replace(" [invented]", "")


def pages_off(d):
    d[0]["pages"] += 1


def flip_pdf_byte(folder):
    def mutate(root):
        pdf = sorted((root / folder).glob("*.pdf"))[0]
        b = bytearray(pdf.read_bytes())
        b[len(b) // 2] ^= 0x01
        pdf.write_bytes(bytes(b))
    return mutate


def swap_pdfs(folder):
    def mutate(root):
        a, b = sorted((root / folder).glob("*.pdf"))[:2]
        ta, tb = a.read_bytes(), b.read_bytes()
        a.write_bytes(tb)
        b.write_bytes(ta)
    return mutate


def remove_folder(folder):
    def mutate(root):
        shutil.rmtree(root / folder)
    return mutate


A, B, C, D, E = ("wabikon-county-wi-so-marine-recreation", "tenmile-pines-township-mi-pd",
                 "copperfall-county-mn-so-snowmobile-unit", "whitefin-bay-mi-pd",
                 "harrowfield-wi-lake-oskana-ice-rescue")
MUTATIONS = {
    "A: drop a case number": gt_edit(A, drop_id),
    "A: sample reported_at as a calendar date": gt_edit(A, sample_value("reported_at", "01/20/2026 14h05")),
    "A: related number not printed": gt_edit(A, related_unprinted),
    "A: flip a PDF byte": flip_pdf_byte(A),
    "B: swap two case numbers": gt_edit(B, swap_ids),
    "B: sample disposition from another record": gt_edit(B, sample_value("disposition", "NO SUCH DISPOSITION")),
    "B: a related number that is an id": gt_edit(B, related_is_id),
    "B: swap the two PDFs": swap_pdfs(B),
    "C: extra case number": gt_edit(C, extra_id),
    "C: record_count off by one": gt_edit(C, count_off),
    "C: sample location wrong": gt_edit(C, sample_value("location", "Trail 99 at Nowhere Rd")),
    "C: pages off by one": gt_edit(C, pages_off),
    "D: samples belong to other records": gt_edit(D, sample_wrong_record),
    "D: sample type wrong": gt_edit(D, sample_value("type", "BURGLARY")),
    "D: agency not marked invented": gt_edit(D, not_invented),
    "E: drop a case number": gt_edit(E, drop_id),
    "E: sample reported_at on another day": gt_edit(E, sample_value("reported_at", "January 1, 2026 0601h")),
    "E: related number not printed": gt_edit(E, related_unprinted),
    "E: remove the agency folder": remove_folder(E),
}


def main():
    missed = []
    for name, mutate in MUTATIONS.items():
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "set"
            shutil.copytree(HERE, root, ignore=shutil.ignore_patterns("*.py", "__pycache__", "README.md"))
            mutate(root)
            res = subprocess.run([sys.executable, str(CHECK), "--dir", str(root)], capture_output=True, text=True)
            caught = res.returncode != 0
            print(f"{'caught' if caught else 'MISSED'}: {name}")
            if not caught:
                missed.append(name)
    res = subprocess.run([sys.executable, str(CHECK)], capture_output=True, text=True)
    if res.returncode != 0:
        missed.append("the unmodified set fails its check")
    print(f"{len(MUTATIONS) - len(missed)} of {len(MUTATIONS)} mutations caught" if not missed
          else "NOT CAUGHT: " + "; ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
