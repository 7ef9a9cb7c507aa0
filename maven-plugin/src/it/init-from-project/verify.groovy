def log = new File(basedir, 'build.log').text
def yaml = new File(basedir, 'aibom.yaml').text

assert log.contains('[INFO] aibom: wrote ' + new File(basedir, 'aibom.yaml').path + ' (2 models, 1 service from 1 dependency, src/main/resources); fill in the TODOs, then run generate')
assert yaml.contains('  name: init-from-project\n')
assert yaml.contains("  version: '\${project.version}'\n")
assert yaml.contains('    file: src/main/resources/models/router.onnx\n')
assert yaml.contains('    file: src/main/resources/models/ranker.pkl\n')
assert yaml.contains('  - id: openai\n    name: OpenAI   # from OpenAI Java SDK\n')
assert yaml.contains('TODO')
// the second run must not overwrite the first one's descriptor
assert log.contains('exists already; init never overwrites a descriptor. Move it away, or edit it by hand.')
