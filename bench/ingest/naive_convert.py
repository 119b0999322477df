#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The naive baseline: what an analyst writes instead of CDR Inspector. Python stdlib only (json,
# csv): load the provider's list body, find its records in the envelope, write one CSV row per
# record with the record's own keys. No normalization: no times, units, statuses or classes.
import csv, json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
if isinstance(doc, dict):
    data = doc.get("objects") or doc.get("items") or doc.get("data")
    doc = data.get("data") if isinstance(data, dict) else data
keys = sorted({k for r in doc[:1000] for k in r})
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.DictWriter(out, fieldnames=keys, extrasaction="ignore")
    w.writeheader()
    for r in doc:
        w.writerow({k: (json.dumps(v) if isinstance(v, (dict, list)) else v) for k, v in r.items()})
