#!/usr/bin/env python3
"""Prints the per-article table of a score.py --json report read from stdin."""
import json
import sys

report = json.load(sys.stdin)
print(f'{"article":36} {"fact F1":>8} {"entity F1":>10}')
for doc in report['documents']:
    print(f'{doc["doc"]:36} {doc["fact"]["f1"]:8.3f} {doc["entities"]["f1"]:10.3f}')
print(f'{"all (micro)":36} {report["fact_f1"]:8.3f} {report["entity_f1"]:10.3f}')
