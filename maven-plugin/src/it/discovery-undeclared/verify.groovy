def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] aibom: discovery: 1 AI library and 2 model files in 1 dependency, src/main/resources, target/discovery-undeclared-1.0.jar')
// one finding for the model, though it is both in the resources and inside the jar
assert log.contains('[ERROR] aibom: [A.4.2] shipped-models-declared: model file src/main/resources/models/router.onnx (also target/discovery-undeclared-1.0.jar!/models/router.onnx) (onnx, SHA-256 a66803f46c62ee8252696a6ef0112e8492c622364127c241b9580416f84fafdb) is shipped, but no declared model or dataset covers it')
assert log.contains('[WARNING] aibom: [A.4.4] ai-sdks-declared: OpenAI Java SDK (com.openai:openai-java:0.0.1-aibom-it, via it.aibom:discovery-undeclared:jar:1.0 -> com.openai:openai-java:jar:0.0.1-aibom-it) calls OpenAI, but the BOM declares no OpenAI service')
assert log.contains('AI-BOM controls: 2 failed, 0 could not be evaluated, 0 waived,')
