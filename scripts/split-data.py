#!/usr/bin/env python3
"""Split raw labelled data into train and dev files, stratified and repeatable.

Usage: scripts/split-data.py coach|safety

Each raw line goes to dev when a hash of its id falls in the lowest DEV_SHARE of its stratum
(label + setting for the Coach, label + case for Safety), so the split never depends on file order
and re-running it gives the same files. Rules and weights are tuned on train only; dev is for
measuring, never for reading sentence by sentence.

Files in `train-only/` (rows written after a split, for the training side only) are appended to
train.jsonl after the split rows, file by file in name order, so dev stays exactly as it was.
"""
import hashlib, json, sys, pathlib

DEV_SHARE = {"coach": 0.2, "safety": 0.25}

def main():
    kind = sys.argv[1]
    root = pathlib.Path(__file__).resolve().parent.parent / "data" / kind
    rows = []
    for path in sorted((root / "raw").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as error:
                    sys.exit(f"{path}:{number}: {error}")
    strata = {}
    for row in rows:
        key = (row["label"], row.get("setting") if kind == "coach" else row.get("case"))
        strata.setdefault(key, []).append(row)
    train, dev = [], []
    for key in sorted(strata, key=str):
        group = sorted(strata[key], key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        cut = round(len(group) * DEV_SHARE[kind])
        dev += group[:cut]
        train += group[cut:]
    train.sort(key=lambda r: r["id"])
    dev.sort(key=lambda r: r["id"])
    extra = [line for path in sorted((root / "train-only").glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(root / "train.jsonl", "w", encoding="utf-8") as out:
        for row in train:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        for line in extra:
            out.write(line + "\n")
    with open(root / "dev.jsonl", "w", encoding="utf-8") as out:
        for row in dev:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{kind}: {len(train)} train (+{len(extra)} train-only), {len(dev)} dev")

if __name__ == "__main__":
    main()
