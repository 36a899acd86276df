#!/usr/bin/env python3
"""Derive the jieba-based word lists of people and organization extraction from jieba 0.42.1's
dict.txt (PyPI `jieba`, MIT license, https://github.com/fxsjy/jieba):

    pip download jieba==0.42.1 --no-deps && tar xzf jieba-0.42.1.tar.gz
    python3 people_lexicons_from_jieba.py jieba-0.42.1/jieba/dict.txt Sources/Extraction/Resources/Lexicons

It rewrites the derived rows of
  name-stopwords.tsv      2-3 character words starting with a surname that are not person names (周边, 宁波)
  organization-decoys.tsv ordinary words containing an organization-suffix character (会议, 院士)
and prints the jieba-derived `keep` rows of boundary-words.tsv (对外, 日本) for review.
Hand-written rows (tagged `manual` / the 和-phrases) are kept as they are. Run once by a developer;
the product never calls Python.
"""
import os
import sys

SUFFIX_CHARS = set("部局委厅办府院会盟社报台司团室校心库班政协组所行")


def rows(dict_path):
    with open(dict_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[1].isdigit():
                yield parts[0], int(parts[1]), parts[2]


def first_fields(path, kinds=None):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if kinds is None or (len(fields) > 1 and fields[1] in kinds):
                out.append(fields)
    return out


def rewrite(path, derived, keep_manual):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = [l for l in lines if l.startswith("#")]
    manual = [l for l in lines if not l.startswith("#") and keep_manual(l)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + derived + manual) + "\n")


def main(dict_path, folder):
    words = list(rows(dict_path))
    surnames = {f[0] for f in first_fields(os.path.join(folder, "surnames.tsv")) if len(f[0]) == 1}

    stop = [f"{w}\t{p}" for w, n, p in words
            if 2 <= len(w) <= 3 and w[0] in surnames and not p.startswith("nr")
            and ((p == "ns" and n >= 20) or n >= 150)]
    rewrite(os.path.join(folder, "name-stopwords.tsv"), stop, lambda l: False)

    suffixes = {f[0] for f in first_fields(os.path.join(folder, "organization-suffixes.tsv"))}
    decoys = [f"{w}\t{p}" for w, n, p in words
              if 2 <= len(w) <= 3 and n >= 300 and p != "nt" and w not in suffixes
              and any(c in SUFFIX_CHARS for c in w) and not (w.endswith("政府") or w.endswith("委员会"))]
    rewrite(os.path.join(folder, "organization-decoys.tsv"), decoys, lambda l: l.endswith("\tmanual"))

    chars = {f[0] for f in first_fields(os.path.join(folder, "boundary-words.tsv"), {"char"})}
    boundary_words = {f[0] for f in first_fields(os.path.join(folder, "boundary-words.tsv"), {"word"})}
    for w, n, p in words:
        if len(w) == 2 and n >= 500 and ((w[0] in chars) != (w[1] in chars)) and w not in boundary_words:
            print(f"{w}\tkeep")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
