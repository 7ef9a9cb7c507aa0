#!/usr/bin/env python3
"""Validates a CycloneDX JSON BOM with Python's jsonschema (an implementation independent of the Java validator aibom
uses) against the specification's own schema files. Usage: validate_cyclonedx.py SCHEMA_DIR BOM VERSION
Prints one error per line and exits 1 when the BOM is invalid, 0 when it is valid."""
import json
import sys

import jsonschema
from referencing import Registry, Resource

schema_dir, bom_file, version = sys.argv[1], sys.argv[2], sys.argv[3]
registry = Registry()
for name in ("spdx.schema.json", "jsf-0.82.schema.json", f"bom-{version}.schema.json"):
    with open(f"{schema_dir}/{name}") as f:
        contents = json.load(f)
    registry = registry.with_resource(f"http://cyclonedx.org/schema/{name}", Resource.from_contents(contents))
schema = registry.contents(f"http://cyclonedx.org/schema/bom-{version}.schema.json")
validator = jsonschema.Draft7Validator(schema, registry=registry, format_checker=jsonschema.FormatChecker())
with open(bom_file) as f:
    bom = json.load(f)
errors = sorted(validator.iter_errors(bom), key=lambda e: list(e.absolute_path))
for error in errors:
    print("/" + "/".join(str(p) for p in error.absolute_path) + ": " + error.message)
sys.exit(1 if errors else 0)
