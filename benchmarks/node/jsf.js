// The anchors of benchmarks/whole-process.sh: Node's JSON.parse and a JSF signer/verifier (ES256 over RFC 8785,
// with the canonicalize package and Node's crypto), as a Node user would write them.
//   node jsf.js parse3 BOM          JSON.parse three times (strict reading parses, checks keys, validates)
//   node jsf.js sign BOM KEY OUT    adds signature {algorithm, publicKey, value}, writes one line
//   node jsf.js verify BOM          verifies that signature with its public key
'use strict';
const fs = require('fs');
const crypto = require('crypto');
const canonicalize = require('canonicalize');

const [command, file, keyFile, out] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
if (command === 'parse3') {
  for (let i = 0; i < 3; i++) JSON.parse(text);
} else if (command === 'sign') {
  const bom = JSON.parse(text);
  const key = crypto.createPrivateKey(fs.readFileSync(keyFile));
  const jwk = crypto.createPublicKey(key).export({ format: 'jwk' });
  bom.signature = { algorithm: 'ES256', publicKey: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } };
  const value = crypto.sign('sha256', Buffer.from(canonicalize(bom), 'utf8'), { key, dsaEncoding: 'ieee-p1363' });
  bom.signature.value = value.toString('base64url');
  fs.writeFileSync(out, JSON.stringify(bom) + '\n');
} else if (command === 'verify') {
  const bom = JSON.parse(text);
  const signature = bom.signature;
  const value = Buffer.from(signature.value, 'base64url');
  delete signature.value;
  const key = crypto.createPublicKey({ key: { ...signature.publicKey }, format: 'jwk' });
  const ok = crypto.verify('sha256', Buffer.from(canonicalize(bom), 'utf8'), { key, dsaEncoding: 'ieee-p1363' }, value);
  if (!ok) { console.error('INVALID'); process.exit(3); }
} else {
  console.error('usage: node jsf.js parse3|sign|verify BOM [KEY OUT]');
  process.exit(2);
}
