// Validates each data graph against one shapes graph with the npm package
// shacl-engine, an independent SHACL engine, and prints one line per graph:
// "FILE conforms" or "FILE N result(s)", then each result's focus node, path
// and component.
//   node shacl_engine_check.mjs SHAPES.ttl DATA.ttl...
import { readFileSync } from 'node:fs'
import rdfDataModel from '@rdfjs/data-model'
import rdfDataset from '@rdfjs/dataset'
import { Parser } from 'n3'
import { Validator } from 'shacl-engine'

function load (path) {
  const dataset = rdfDataset.dataset()
  const parser = new Parser({ factory: rdfDataModel, baseIRI: 'file://' + path })
  for (const quad of parser.parse(readFileSync(path, 'utf8'))) dataset.add(quad)
  return dataset
}

const [shapesPath, ...dataPaths] = process.argv.slice(2)
const validator = new Validator(load(shapesPath), { factory: rdfDataModel })
for (const path of dataPaths) {
  let dataset
  try {
    dataset = load(path)
  } catch (e) {
    console.log(`${path} unreadable: ${e.message}`)
    continue
  }
  const report = await validator.validate({ dataset })
  console.log(report.conforms ? `${path} conforms` : `${path} ${report.results.length} result(s)`)
  for (const r of report.results) {
    const path = r.path && r.path.length ? r.path.map(p => p.predicates.map(x => x.value).join('|')).join('/') : '-'
    console.log(`  ${r.focusNode?.value} ${path} ${r.constraintComponent?.value}`)
  }
}
