#!/usr/bin/env python3
"""Writes canonical-table.txt, the Unicode data CanonicalComposition.cs needs, from Python's unicodedata.

The generator runs with invariant globalization (no ICU: the same output on every machine, and a faster start), so
it carries the little Unicode data its slugs need to compose a decomposed name ("U" + U+0308 -> "Ü") itself.
Run it again only to move to a newer Unicode version: python3 make-canonical-table.py > canonical-table.txt
"""
import unicodedata

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3  # syllables decompose and compose by arithmetic, not by table

print(f"# Canonical decompositions and combining classes, Unicode {unicodedata.unidata_version}.")
print("# Written by make-canonical-table.py; do not edit. P: a pair that composes back, X: a pair that does not")
print("# (an exclusion or a non-starter), S: a singleton. C: first, last, combining class of a range.")
for code in range(0x110000):
    if 0xD800 <= code <= 0xDFFF or HANGUL_FIRST <= code <= HANGUL_LAST:
        continue
    character = chr(code)
    mapping = unicodedata.decomposition(character)
    if not mapping or mapping.startswith("<"):
        continue
    parts = mapping.split()
    if len(parts) == 1:
        print(f"S {code:04X} {parts[0]}")
    else:
        pair = "".join(chr(int(part, 16)) for part in parts)
        kind = "P" if unicodedata.normalize("NFC", pair) == character else "X"
        print(f"{kind} {code:04X} {parts[0]} {parts[1]}")

start, current = None, 0
for code in range(0x110001):
    value = unicodedata.combining(chr(code)) if code < 0x110000 else 0
    if value != current:
        if current:
            print(f"C {start:04X} {code - 1:04X} {current}")
        start, current = code, value
