#!/usr/bin/env python3
"""Synthetic wire-news articles as JSON lines, for bench-extract.sh.

Usage: gen-articles.py BYTES > articles.jsonl

Deterministic (fixed seed).  Each line is one article,
{"id": ..., "dct": ..., "text": ...}, of 2-6 KB built from sentence
templates written for this benchmark in the styles of the agencies
(datelines, attributions, quotes, relative dates), with names, places
and dates drawn at random, so the extractor does the work it does on
real news: dates, names, clauses, titles and dedupe.
"""
import json
import random
import sys

LEADERS = [
    ("Xi Jinping", "Xi", "Chinese", "Beijing"),
    ("Vladimir Putin", "Putin", "Russian", "Moscow"),
    ("Kim Jong Un", "Kim", "North Korean", "Pyongyang"),
    ("Lee Jae-myung", "Lee", "South Korean", "Seoul"),
    ("Shigeru Ishiba", "Ishiba", "Japanese", "Tokyo"),
    ("Narendra Modi", "Modi", "Indian", "New Delhi"),
    ("Emmanuel Macron", "Macron", "French", "Paris"),
    ("Olaf Scholz", "Scholz", "German", "Berlin"),
    ("Recep Tayyip Erdogan", "Erdogan", "Turkish", "Ankara"),
    ("Volodymyr Zelensky", "Zelensky", "Ukrainian", "Kyiv"),
]
TITLES = ["President", "Prime Minister", "leader"]
AGENCIES = [("SEOUL", "Yonhap", "--"), ("BEIJING", "Reuters", "-"),
            ("TOKYO", "Kyodo", "--"), ("MOSCOW", "AFP", "-")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

SENTENCES = [
    "{t1} {a} met {t2} {b} in {place} on {day}, their {nth} meeting this year.",
    "{sa} and {sb} signed an agreement on trade and energy on {day}, {agency} said.",
    "The two leaders held talks in {place} in {month} {year} and agreed to meet again.",
    "{sa} arrived in {place} on {day} for a two-day state visit, the first in {n} years.",
    "\"We will deepen our cooperation,\" {sa} told reporters on {day}.",
    "Relations soured after the collapse of talks in {place} in {year}.",
    "{sa} is expected to visit {bcap} next month, officials said.",
    "The foreign ministers of the two countries spoke by phone on {day}.",
    "Analysts said the meeting showed a shift in regional diplomacy.",
    "{sb}, who took office in {year}, has sought closer ties with {acountry}.",
    "Since their {year} summit, the two sides have exchanged several letters.",
    "Trade between the two countries rose by {n} percent last year.",
    "The visit came days after {sa} spoke with {sb} by phone.",
    "Protesters gathered outside the embassy in {place} on {day}.",
]


def article(rng, k):
    a, b = rng.sample(LEADERS, 2)
    year = rng.randint(2015, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    city, agency, sep = rng.choice(AGENCIES)
    dateline = "%s, %s. %d (%s) %s " % (city, MONTHS[month - 1][:3], day,
                                         agency, sep)
    fill = dict(
        t1="%s %s" % (a[2], rng.choice(TITLES)), a=a[0],
        t2="%s %s" % (b[2], rng.choice(TITLES)), b=b[0], sa=a[1], sb=b[1],
        place=rng.choice([a[3], b[3], "Geneva", "Singapore", "Hanoi"]),
        day=rng.choice(DAYS), nth=rng.choice(["second", "third", "fourth"]),
        agency=agency, month=MONTHS[rng.randint(0, 11)],
        year=rng.randint(2015, year), n=rng.randint(2, 14), bcap=b[3],
        acountry=a[3])
    size = rng.randint(2000, 6000)
    paras = []
    total = 0
    while total < size:
        s = rng.choice(SENTENCES).format(**fill)
        paras.append(s)
        total += len(s) + 2
    text = dateline + "\n\n".join(paras)
    return {"id": "bench-%d" % k, "dct": "%04d-%02d-%02d" % (year, month, day),
            "text": text}


def main():
    want = int(sys.argv[1])
    rng = random.Random(20251129)
    written = 0
    k = 0
    out = sys.stdout
    while written < want:
        line = json.dumps(article(rng, k), ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        k += 1


if __name__ == "__main__":
    main()
