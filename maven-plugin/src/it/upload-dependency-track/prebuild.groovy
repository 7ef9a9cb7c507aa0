// Dependency-Track 4.14.3's answers on a WireMock server on loopback, for the length of this test build.
import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.core.WireMockConfiguration
import static com.github.tomakehurst.wiremock.client.WireMock.*

def server = new WireMockServer(WireMockConfiguration.options().bindAddress('127.0.0.1').dynamicPort())
server.start()
def project = '6a1b9d3e-0f4c-4f2e-9a57-3c1d2b4e5f60'
def token = '3f2a6c1e-8b7d-4e5f-9a0b-1c2d3e4f5a6b'
def json = { body -> aResponse().withHeader('Content-Type', 'application/json').withBody(body) }
server.stubFor(put(urlEqualTo('/api/v1/bom')).withHeader('X-Api-Key', equalTo('odt_IT_api_key_4711'))
        .willReturn(json("{\"token\":\"${token}\"}")))
server.stubFor(get(urlEqualTo("/api/v1/event/token/${token}")).willReturn(json('{"processing":false}')))
server.stubFor(get(urlPathEqualTo('/api/v1/project/lookup')).withQueryParam('name', equalTo('it-system'))
        .withQueryParam('version', equalTo('1.0')).willReturn(json(
        "{\"name\":\"it-system\",\"version\":\"1.0\",\"uuid\":\"${project}\",\"classifier\":\"APPLICATION\",\"active\":true}")))
server.stubFor(get(urlEqualTo("/api/v1/violation/project/${project}")).willReturn(json('''[
  {"type":"OPERATIONAL","uuid":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
   "component":{"name":"it-model","version":"1.0","classifier":"MACHINE_LEARNING_MODEL"},
   "policyCondition":{"subject":"COORDINATES","operator":"MATCHES","value":"*",
     "policy":{"name":"No unapproved models","violationState":"FAIL"}},
   "analysis":{"analysisState":"NOT_SET","isSuppressed":false}}]''').withHeader('X-Total-Count', '1')))
server.stubFor(get(urlEqualTo("/api/v1/metrics/project/${project}/current")).willReturn(json(
        '{"components":3,"vulnerabilities":0,"critical":0,"high":0,"medium":0,"low":0,"inheritedRiskScore":0.0,'
        + '"policyViolationsFail":1,"policyViolationsWarn":0,"policyViolationsInfo":0,"policyViolationsTotal":1}')))
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Daibom.dependencyTrack.url=http://127.0.0.1:${server.port()}\n"
System.getProperties().put('aibom.it.dependencyTrack', server)
return true
