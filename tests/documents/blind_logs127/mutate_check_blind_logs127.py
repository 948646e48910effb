# ruff: noqa: E701, E702  (compact checks, one per line, as written)
"""Break copies of blind_logs127 and require check_blind_logs127 to FAIL on each (all must be caught).

python mutate_check_blind_logs127.py
"""
import copy
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_blind_logs127 as C  # noqa: E402


def gt_mutations(g):
    def drop_last(x):
        x["case_numbers"].pop(); x["record_count"] -= 1
    def plus_one(x):
        x["record_count"] += 1
    def swap(x):
        c = x["case_numbers"]; c[1], c[2] = c[2], c[1]
    def group_as_one(x):  # count a grouped line as one record: drop the 2nd id of the first group
        c = x["case_numbers"]; c.remove(x["_second"]); x["record_count"] -= 1
    def sample_type(x):
        x["sample_records"][1]["type"] = "Arson"
    def sample_other_record(x):
        x["sample_records"][0]["location"] = x["sample_records"][2]["location"]
    def related_is_id(x):
        x["related_numbers"].append({"record": x["case_numbers"][0], "kind": "CAD incident number",
                                     "number": x["case_numbers"][3]})
    def related_fake(x):
        x["related_numbers"][0]["number"] = "C25-000001"
    def sha(x):
        x["sha256"] = "0" * 64
    def pages(x):
        x["pages"] += 1
    def dup(x):
        x["case_numbers"][-1] = x["case_numbers"][0]
    return [drop_last, plus_one, swap, group_as_one, sample_type, sample_other_record, related_is_id,
            related_fake, sha, pages, dup]


def main():
    texts = {f: C.text_of(next((HERE / f).glob("*.pdf"))) for f in C.FOLDERS}
    caught = total = 0

    def run(label, root, tx=None, files=True):
        nonlocal caught, total
        total += 1
        errs = C.check(root, tx, files)
        caught += bool(errs)
        print(("caught " if errs else "MISSED ") + label)

    if C.check(HERE, texts):
        print("the unmutated set fails"); sys.exit(1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "set"
        shutil.copytree(HERE, root, ignore=shutil.ignore_patterns("__pycache__"))
        for f in C.FOLDERS:
            p = root / f / "groundtruth.json"
            orig = p.read_text()
            g0 = json.loads(orig)[0]
            nt = C.norm(texts[f])
            multi = [m for m in re.finditer(C.START[f], nt) if len(C.expand(m.group(1))) > 1]
            for mut in gt_mutations(g0):
                g = copy.deepcopy(g0)
                g["_second"] = C.expand(multi[0].group(1))[1]
                mut(g)
                g.pop("_second")
                p.write_text(json.dumps([g], indent=1))
                run(f"{f}: ground truth {mut.__name__}", root)
            p.write_text(orig)
            # text mutations of the trap: a grouped line printed as its first number only;
            # a range word changed; the total line dropped
            m = multi[0]
            tx = dict(texts); tx[f] = nt[:m.start(1)] + C.expand(m.group(1))[0] + nt[m.end(1):]
            run(f"{f}: text, first grouped line reduced to one number", root, tx, False)
            tx = dict(texts); tx[f] = nt.replace(C.TRAP_WORD[f], " ; ")
            run(f"{f}: text, range/list word removed", root, tx, False)
            tx = dict(texts); tx[f] = re.sub(r"Total incidents this period: \d+", "", nt)
            run(f"{f}: text, total line removed", root, tx, False)
        shutil.rmtree(root / C.FOLDERS[2])
        run("agency folder removed", root)
    print(f"{caught}/{total} mutations caught")
    sys.exit(0 if caught == total else 1)


if __name__ == "__main__":
    main()
