// Writes a BOM of N components, each a copy of the first model of the given BOM with its own bom-refs and name,
// on one line.   node make-bom.js EXAMPLE_BOM N OUT
'use strict';
const fs = require('fs');
const [source, count, out] = process.argv.slice(2);
const bom = JSON.parse(fs.readFileSync(source, 'utf8'));
for (const k of ['signature', 'declarations', 'definitions', 'dependencies']) delete bom[k];
const template = JSON.stringify(bom.components[0]);
bom.components = [];
for (let i = 0; i < Number(count); i++) {
  const c = JSON.parse(template);
  c['bom-ref'] = `model:m${i}`;
  c.name = `m${i}`;
  (c.components || []).forEach((n, j) => { n['bom-ref'] = `model:m${i}:f${j}`; });
  bom.components.push(c);
}
fs.writeFileSync(out, JSON.stringify(bom));
