#!/usr/bin/env python3
"""Deterministic synthetic news text for timing the temporal tagger.

  bench/gen-news.py MEGABYTES [--one-line]

Sentences are built from a few templates of diplomatic news, about one
time expression per 60 bytes (as in wire copy), with numbers that are not
times mixed in.  --one-line writes a single line of dates separated by
semicolons, with no full stop: the worst case for sentence splitting.
"""
import random
import sys

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = ("January February March April May June July August September "
          "October November December").split()
ABBR = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
PEOPLE = ["the foreign minister", "the envoy", "the delegation",
          "the president", "negotiators", "the ambassador"]
PLACES = ["Beijing", "Seoul", "Hanoi", "Geneva", "Vienna", "Nairobi"]
TEMPLATES = [
    "{who} arrived in {place} on {wd} for talks that stalled in the {dec}s.",
    "{who} will meet again next {unit}, officials said {wd}.",
    "Trade grew {pct}% last year to {num} tonnes, the ministry said.",
    "The accord was signed on {mon} {day}, {year}, after {n} years of talks.",
    "{who} said the ceasefire would last {n} days from {abbr} {day}.",
    "Since {year}, {num} troops have been stationed near the border.",
    "Relations have improved recently, {who} told reporters {wd} night.",
    "The summit, held every year since {year}, drew {num} delegates.",
    "In the third quarter, exports rose {pct}% from a year earlier.",
    "{who} left {place} two weeks ago and returns in early {mon}.",
]


def sentence(rng):
    t = rng.choice(TEMPLATES)
    return t.format(
        who=rng.choice(PEOPLE), place=rng.choice(PLACES),
        wd=rng.choice(WEEKDAYS), dec=rng.choice(range(1950, 2020, 10)),
        unit=rng.choice(["week", "month", "year"]),
        pct=rng.randint(1, 40), num=rng.randint(100, 99999),
        mon=rng.choice(MONTHS), abbr=rng.choice(ABBR),
        day=rng.randint(1, 28), year=rng.randint(1950, 2025),
        n=rng.choice(["two", "three", "six", "twenty-one", "10", "45"]),
    ).capitalize()


def main():
    size = int(float(sys.argv[1]) * 1024 * 1024)
    rng = random.Random(2025)
    out = []
    n = 0
    if "--one-line" in sys.argv:
        while n < size:
            s = "%s %d, %d; " % (rng.choice(MONTHS), rng.randint(1, 28),
                                 rng.randint(1950, 2025))
            out.append(s)
            n += len(s)
        sys.stdout.write("".join(out) + "\n")
        return
    para = []
    while n < size:
        s = sentence(rng)
        para.append(s)
        n += len(s) + 1
        if len(para) == 4:
            out.append(" ".join(para))
            para = []
    out.append(" ".join(para))
    sys.stdout.write("\n\n".join(out) + "\n")


main()
