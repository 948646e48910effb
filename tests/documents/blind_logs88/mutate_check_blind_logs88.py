"""Break copies of blind_logs88 (ground-truth and text mutations); the check must fail on each."""

import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_blind_logs88 as C

HERE = os.path.dirname(os.path.abspath(__file__))


def gt_mut(slug, fn):
    def run(root):
        p = os.path.join(root, slug, "groundtruth.json")
        gt = json.load(open(p))
        fn(gt[0])
        json.dump(gt, open(p, "w"))
        return C.check_all(root)

    return run


def txt_mut(slug, fn):
    return lambda root: C.check_all(root, text_hook=lambda s, f, t: fn(t) if s == slug else t)


def swap(e):
    e["case_numbers"][1], e["case_numbers"][2] = e["case_numbers"][2], e["case_numbers"][1]


def dropid(e):
    e["case_numbers"].pop(5)
    e["record_count"] -= 1


MUTS = {
    "sha256 changed": gt_mut("tessaly-mi-pd", lambda e: e.update(sha256="0" * 64)),
    "bytes changed": gt_mut("harlow-creek-ks-pd", lambda e: e.update(bytes=e["bytes"] + 1)),
    "pages changed": gt_mut("oriel-bay-college-me-dps", lambda e: e.update(pages=e["pages"] + 1)),
    "two ids swapped": gt_mut("pellham-county-ar-so", swap),
    "an id dropped": gt_mut("brask-valley-nd-pd", dropid),
    "record_count off by one": gt_mut("harlow-creek-ks-pd", lambda e: e.update(record_count=e["record_count"] + 1)),
    "duplicate id": gt_mut("tessaly-mi-pd", lambda e: e["case_numbers"].__setitem__(3, e["case_numbers"][2])),
    "related number is an id": gt_mut(
        "brask-valley-nd-pd", lambda e: e["related_numbers"][0].update(number=e["case_numbers"][0])
    ),
    "related number not printed": gt_mut("tessaly-mi-pd", lambda e: e["related_numbers"][0].update(number="MI0000001")),
    "sample location of another record": gt_mut(
        "pellham-county-ar-so", lambda e: e["sample_records"][1].update(location="1 Nowhere Rd")
    ),
    "sample reported_at wrong": gt_mut(
        "harlow-creek-ks-pd", lambda e: e["sample_records"][0].update(reported_at="10/1/2025 4:41 AM")
    ),
    "sample type wrong group": gt_mut(
        "oriel-bay-college-me-dps", lambda e: e["sample_records"][0].update(type="Theft")
    ),
    "sample offense missing": gt_mut(
        "brask-valley-nd-pd", lambda e: e["sample_records"][2].update(type=e["sample_records"][2]["type"] + "; Arson")
    ),
    "agency not invented": gt_mut("tessaly-mi-pd", lambda e: e.update(agency="Tessaly Police Department, MI")),
    "text: grand total off": txt_mut("harlow-creek-ks-pd", lambda t: t.replace("Grand Total", "Grand Total 1", 1)),
    "text: detail-record summary off": txt_mut(
        "harlow-creek-ks-pd", lambda t: re.sub(r"\((\d+) detail records\)", "(99 detail records)", t, count=1)
    ),
    "text: running total skips": txt_mut("pellham-county-ar-so", lambda t: t.replace("\n5 ", "\n6 ", 1)),
    "text: summary band count off": txt_mut(
        "pellham-county-ar-so", lambda t: t.replace("Total Incidents:", "Total Incidents: 9", 1)
    ),
    "text: found count off": txt_mut("oriel-bay-college-me-dps", lambda t: t.replace(": 2 found", ": 3 found", 1)),
    "text: right card lost": txt_mut("tessaly-mi-pd", lambda t: t.replace("Report No: TPD", "Report No. TPD", 2)),
    "text: offenses printed off": txt_mut(
        "brask-valley-nd-pd", lambda t: t.replace("Offenses printed: ", "Offenses printed: 1", 1)
    ),
    "text: arrest number gone": txt_mut(
        "brask-valley-nd-pd", lambda t: t.replace("Arrest No. A25-", "Arrest No. X25-", 1)
    ),
    "text: record start lost": txt_mut("oriel-bay-college-me-dps", lambda t: t.replace("Incident #", "Incident", 1)),
}


def main():
    assert not C.check_all(HERE), "the unbroken set must pass"
    caught = 0
    for name, run in MUTS.items():
        with tempfile.TemporaryDirectory() as tmp:
            root = os.path.join(tmp, "set")
            shutil.copytree(HERE, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
            errs = run(root)
        print(("caught  " if errs else "MISSED  ") + name + ("" if not errs else "  (" + errs[0] + ")"))
        caught += bool(errs)
    print("%d of %d caught" % (caught, len(MUTS)))
    sys.exit(0 if caught == len(MUTS) else 1)


if __name__ == "__main__":
    main()
