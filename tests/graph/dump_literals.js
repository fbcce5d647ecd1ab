// Reads a Turtle file with N3.js and prints, for every triple, the subject
// IRI, a tab and the object's value as hex of its UTF-8 bytes.
//   node dump_literals.js FILE.ttl
'use strict';
const fs = require('fs');
const N3 = require('n3');

const quads = new N3.Parser({format: 'text/turtle'}).parse(fs.readFileSync(process.argv[2], 'utf8'));
for (const q of quads) {
  process.stdout.write(`${q.subject.value}\t${Buffer.from(q.object.value, 'utf8').toString('hex')}\n`);
}
