import static com.github.tomakehurst.wiremock.client.WireMock.*

def server = System.getProperties().remove('aibom.it.dependencyTrack')
try {
    def log = new File(basedir, 'build.log').text
    def port = server.port()
    assert log.contains("[INFO] aibom: Dependency-Track: project not set: using the system's name and version, 'it-system' version '1.0'")
    assert log =~ /\[INFO\] aibom: Dependency-Track: uploading aibom\.cdx\.json \(\d+ bytes, signed\) to http:\/\/127\.0\.0\.1:${port}, project 'it-system' version '1\.0' \(created if missing\), parent 'Quality Assurance'/
    assert log.contains("[ERROR] aibom: Dependency-Track: FAIL policy 'No unapproved models' (OPERATIONAL) on it-model@1.0: COORDINATES MATCHES *")
    assert log.contains("Dependency-Track: 1 policy violation (1 FAIL, 0 WARN, 0 INFO) in project 6a1b9d3e-0f4c-4f2e-9a57-3c1d2b4e5f60 at http://127.0.0.1:${port}: FAILED")
    assert log.contains('BUILD FAILURE')
    assert !log.contains('odt_IT_api_key_4711')
    // the key from settings.xml went in the header, the signed BOM in the body
    def sent = server.findAll(putRequestedFor(urlEqualTo('/api/v1/bom')))
    assert sent.size() == 1
    assert sent[0].getHeader('X-Api-Key') == 'odt_IT_api_key_4711'
    def body = new groovy.json.JsonSlurper().parseText(sent[0].bodyAsString)
    assert body.projectName == 'it-system' && body.autoCreate == true && body.parentName == 'Quality Assurance'
    def bom = new String(body.bom.decodeBase64(), 'UTF-8')
    assert bom == new File(basedir, 'target/aibom/aibom.cdx.json').text
    assert new groovy.json.JsonSlurper().parseText(bom).signature != null
} finally {
    server?.stop()
}
