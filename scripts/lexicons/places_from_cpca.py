#!/usr/bin/env python3
"""Derive Sources/Extraction/Resources/Lexicons/places.tsv from the adcodes table
shipped in the PyPI package `cpca` 0.5.5 (MIT, (c) 2018 QinYuan Du,
https://github.com/DQinYuan/chinese_province_city_area_mapper).

    pip download cpca==0.5.5 --no-deps && unzip cpca-0.5.5-py3-none-any.whl
    python3 places_from_cpca.py cpca/resources > places.tsv

Run once by a developer; the product never calls Python.
"""
import csv
import os
import re
import sys

SPECIAL = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
           "新疆维吾尔自治区": "新疆", "宁夏回族自治区": "宁夏",
           "香港特别行政区": "香港", "澳门特别行政区": "澳门"}
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def strip_ethnic(name, nations):
    # 阿坝藏族羌族自治州 -> 阿坝: drop trailing ethnic names (longest first).
    changed = True
    while changed:
        changed = False
        for n in nations:
            for form in (n, n[:-1] if n.endswith("族") else None):
                if form and name.endswith(form) and len(name) - len(form) >= 2:
                    name = name[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return name


def short_and_level(name, rank, nations):
    """rank 0 province, 1 prefecture, 2 county."""
    if rank == 0:
        if name in SPECIAL:
            return SPECIAL[name], "特别行政区" if "特别" in name else "自治区"
        if name in MUNICIPALITIES:
            return name[:-1], "直辖市"
        return re.sub("省$", "", name), "省"
    if rank == 1:
        for suffix, level in (("自治州", "自治州"), ("地区", "地区"), ("盟", "盟"), ("市", "市")):
            if name.endswith(suffix):
                core = name[: -len(suffix)]
                if level == "自治州":
                    core = strip_ethnic(core, nations)
                return core, level
        return "", "市"
    # county level: 区 and 旗 keep no short form (朝阳区 -> 朝阳 is an ordinary word).
    for suffix, level in (("自治县", "自治县"), ("自治旗", "自治旗"), ("县", "县"), ("市", "县级市"),
                          ("区", "区"), ("旗", "旗"), ("林区", "林区"), ("特区", "特区")):
        if name.endswith(suffix):
            if level in ("区", "旗", "林区", "特区", "自治旗"):
                return "", level
            core = name[: -len(suffix)]
            if level == "自治县":
                core = strip_ethnic(core, nations)
            return (core if len(core) >= 2 else ""), level
    return "", "县"


def main(folder):
    with open(os.path.join(folder, "56_nations.csv"), encoding="utf-8") as f:
        nations = sorted((l.strip() for l in f if l.strip()), key=len, reverse=True)
    rows = {}
    with open(os.path.join(folder, "adcodes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["adcode"][:6]
            rows[code] = r["name"]
    print("# China's administrative divisions (provinces, prefectures, counties/districts).")
    print("# Derived by scripts/lexicons/places_from_cpca.py from cpca 0.5.5 resources/adcodes.csv")
    print("# (PyPI `cpca`, MIT License, (c) 2018 QinYuan Du; adcodes from the National Bureau of Statistics).")
    print("# Columns: name<TAB>short form (empty when a short form would be an ordinary word)<TAB>level")
    print("#          <TAB>province short form<TAB>prefecture short form (county-level rows only)")
    for code in sorted(rows):
        name = rows[code]
        if name in PLACEHOLDERS:
            continue
        rank = 0 if code.endswith("0000") else (1 if code.endswith("00") else 2)
        short, level = short_and_level(name, rank, nations)
        province = rows.get(code[:2] + "0000", "")
        pshort, _ = short_and_level(province, 0, nations) if province else ("", "")
        city = ""
        if rank == 2:
            parent = rows.get(code[:4] + "00", "")
            if parent and parent not in PLACEHOLDERS:
                city, _ = short_and_level(parent, 1, nations)
            elif province in MUNICIPALITIES:
                city = pshort
        print("\t".join([name, short, level, pshort, city]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "cpca/resources")
