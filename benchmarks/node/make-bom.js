// Writes a BOM of N components, each a copy of the first model of the given BOM with its own bom-refs and name,
// on one line.   node make-bom.js EXAMPLE_BOM N OUT
// The components are written one at a time (a 1M-component BOM is 2.3 GB, more than one JavaScript string holds);
// the bytes are what JSON.stringify of the whole BOM would give.
'use strict';
const fs = require('fs');
const [source, count, out] = process.argv.slice(2);
const bom = JSON.parse(fs.readFileSync(source, 'utf8'));
for (const k of ['signature', 'declarations', 'definitions', 'dependencies']) delete bom[k];
const template = JSON.stringify(bom.components[0]);
bom.components = '\u0000components\u0000';
const [head, tail] = JSON.stringify(bom).split(JSON.stringify(bom.components));
const fd = fs.openSync(out, 'w');
let chunk = [head, '['];
for (let i = 0; i < Number(count); i++) {
  const c = JSON.parse(template);
  c['bom-ref'] = `model:m${i}`;
  c.name = `m${i}`;
  (c.components || []).forEach((n, j) => { n['bom-ref'] = `model:m${i}:f${j}`; });
  chunk.push((i > 0 ? ',' : '') + JSON.stringify(c));
  if (chunk.length >= 1000) {
    fs.writeSync(fd, chunk.join(''));
    chunk = [];
  }
}
chunk.push(']', tail);
fs.writeSync(fd, chunk.join(''));
fs.closeSync(fd);
