// Adds diagram interchange (shapes and edges) to a BPMN model that has none, so it opens in Camunda Modeler and
// renders in README.md. The semantic part stays as written. Usage: node tools/layout-diagrams.mjs <file.bpmn>...
// Run it only on a model without a diagram; afterwards, refine the layout in Camunda Modeler.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

for (const file of process.argv.slice(2)) {
  const xml = readFileSync(file, 'utf8');
  if (xml.includes('<bpmndi:BPMNDiagram')) {
    console.log(`${file} already has a diagram; left as it is`);
    continue;
  }
  writeFileSync(file, await layoutProcess(xml));
  console.log(`laid out ${file}`);
}
