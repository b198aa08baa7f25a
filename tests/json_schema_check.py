#!/usr/bin/python3
"""Keeps docs/events.schema.json honest: the files `timeline check` accepts
must pass the schema, and files with unknown keys or missing dates must not.
(The schema cannot see calendars or duplicate ids; those stay check's.)"""
import datetime
import json
import sys

import jsonschema
import yaml


def load(path):
    def plain(x):  # PyYAML reads 2025-09-04 as a date; YAML 1.2 as text
        if isinstance(x, dict):
            return {k: plain(v) for k, v in x.items()}
        if isinstance(x, list):
            return [plain(v) for v in x]
        if isinstance(x, datetime.date):
            return x.isoformat()
        return x
    with open(path, encoding="utf-8") as f:
        return plain(yaml.safe_load(f))


def main():
    schema = json.load(open("../docs/events.schema.json"))
    jsonschema.Draft7Validator.check_schema(schema)
    v = jsonschema.Draft7Validator(schema)
    good = ["../events.yaml", "data/fmt/friendly.expected"] + [
        f"data/load-warnings/{n}" for n in (
            "02-type-near-miss.yaml", "03-comma-in-actors.yaml",
            "04-repeated-event.yaml", "06-end-equals-date.yaml")]
    bad = [f"data/load-errors/{n}" for n in (
        "12-actor-for-actors-fixable.yaml", "13-location-for-place.yaml",
        "14-unknown-key.yaml", "15-missing-date.yaml",
        "16-missing-title.yaml", "23-actors-as-mapping.yaml",
        "24-events-as-mapping.yaml", "28-misspelt-status.yaml")]
    failed = 0
    for path in good:
        errors = list(v.iter_errors(load(path)))
        if errors:
            print(f"{path}: schema refuses a valid file: {errors[0].message}")
            failed += 1
    for path in bad:
        if not list(v.iter_errors(load(path))):
            print(f"{path}: schema accepts an invalid file")
            failed += 1
    print(f"{len(good)} valid and {len(bad)} invalid files checked, "
          f"{failed} wrong")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
