#!/usr/bin/env python3
"""Turns SPARQL JSON results (stdin) into a table: a header of variable
names, then one row per solution, values tab-separated, rows sorted."""
import json
import sys

results = json.load(sys.stdin)
names = results['head']['vars']
rows = []
for binding in results['results']['bindings']:
    row = []
    for name in names:
        value = binding.get(name, {}).get('value', '')
        row.append(value.replace('\t', ' ').replace('\n', ' '))
    rows.append('\t'.join(row))
print('\t'.join(names))
for row in sorted(rows):
    print(row)
