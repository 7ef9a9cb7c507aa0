#!/usr/bin/env bash
# How the supplier made acme-fraud-scoring.cdx.json with aibom: generate from its descriptor, sign. The signing key is
# made here and thrown away; keys/acme-ml.pub.pem is its public half, which ACME registered with procurement.
# Usage, from the repository root, after `mvn -B package -pl cli -am -DskipTests`: examples/supplier-review/make-bom.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
aibom=(java -jar "$here/../../cli/target/aibom-cli-0.1.0-SNAPSHOT-all.jar")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"${aibom[@]}" generate --descriptor "$here/supplier-side/aibom.yaml" --output "$work/bom.cdx.json" \
  --timestamp 2026-10-20T08:00:00Z
rm -f "$here/keys/acme-ml.pub.pem"
"${aibom[@]}" keygen --private-key "$work/acme-ml.pem" --public-key "$here/keys/acme-ml.pub.pem"
"${aibom[@]}" sign "$work/bom.cdx.json" --key "$work/acme-ml.pem"
cp "$work/bom.cdx.json" "$here/acme-fraud-scoring.cdx.json"
