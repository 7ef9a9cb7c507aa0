#!/usr/bin/env bash
# How the supplier made meridian-bureau-score.cdx.json with aibom, in the order its build runs the steps:
# generate, declare (the ISO/IEC 42001 attestation, affirmed by its Head of Model Governance), sign. The signing key
# is made here and thrown away; keys/meridian.pub.pem is its public half, which Meridian registered with procurement.
# Usage, from the repository root, after `mvn -B package -pl cli -am -DskipTests`: examples/supplier-attestation/make-bom.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
aibom=(java -jar "$here/../../cli/target/aibom-cli-0.1.0-SNAPSHOT-all.jar")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"${aibom[@]}" generate --descriptor "$here/supplier-side/aibom.yaml" --output "$work/bom.cdx.json" \
  --timestamp 2026-11-02T09:00:00Z
"${aibom[@]}" declare "$work/bom.cdx.json" --base "$here/supplier-side" --suppliers "$here/supplier-side/suppliers.yaml" \
  --signatory "Priya Natarajan" --role "Head of Model Governance" --today 2026-11-02
rm -f "$here/keys/meridian.pub.pem"
"${aibom[@]}" keygen --private-key "$work/meridian.pem" --public-key "$here/keys/meridian.pub.pem"
"${aibom[@]}" sign "$work/bom.cdx.json" --key "$work/meridian.pem"
cp "$work/bom.cdx.json" "$here/meridian-bureau-score.cdx.json"
