#!/usr/bin/env python3
"""Writes the development articles, repeated under new ids, as a JSONL stream.

  repeat_articles.py ARTICLES_DIR OUT.jsonl (--count N | --megabytes M)

Stops after N articles or once M MB of article text is written; prints the
number of text bytes written on stdout, a summary on stderr.
"""
import argparse
import json
import pathlib
import sys

ap = argparse.ArgumentParser()
ap.add_argument('articles', type=pathlib.Path)
ap.add_argument('out')
limit = ap.add_mutually_exclusive_group(required=True)
limit.add_argument('--count', type=int)
limit.add_argument('--megabytes', type=float)
args = ap.parse_args()

texts = [(a.stem, a.read_text()) for a in sorted(args.articles.glob('*.txt'))]
if not texts:
    sys.exit(f'repeat_articles: no .txt articles in {args.articles}')
size = i = 0
with open(args.out, 'w') as out:
    while (i < args.count) if args.count is not None else (size < args.megabytes * 1e6):
        stem, text = texts[i % len(texts)]
        out.write(json.dumps({'id': f'{stem}-{i}', 'date': '2024-01-01', 'text': text}) + '\n')
        size += len(text.encode())
        i += 1
print(f'{i} articles, {size / 1e6:.1f} MB of text', file=sys.stderr)
print(size)
