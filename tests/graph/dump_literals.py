# Reads a Turtle file with rdflib and prints, for every triple, the subject
# IRI, a tab and the object's value as hex of its UTF-8 bytes.
#   python3 dump_literals.py FILE.ttl
import sys

import rdflib

graph = rdflib.Graph()
graph.parse(sys.argv[1], format="turtle")
for subject, _, obj in graph:
    print(f"{subject}\t{str(obj).encode('utf-8').hex()}")
