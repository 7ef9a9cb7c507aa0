#!/usr/bin/env python3
"""Writes the invoker integration-test projects under src/it from one template.

Run from maven-plugin/: python3 src/it-templates/make-its.py. The projects are committed; this script only keeps
them consistent. Keys and pre-signed BOMs a test needs are made with the aibom command line (see README).
"""
import os, textwrap

IT = "src/it"

DESCRIPTOR = """\
system:
  name: it-system
  version: ${project.version}
  owner: QA
  intendedUse: Integration test of the aibom Maven plugin.
  riskLevel: limited
suppliers:
  - { id: internal, name: Example Corp }
  - { id: acme, name: ACME ML GmbH }
models:
  - name: scorer
    version: 1.0.0
    supplier: internal
    lifecycle: LIFECYCLE
    file: model/scorer.onnx
    license: Apache-2.0
    task: tabular-classification
    architecture: logistic regression
    metrics: [{ type: auc, value: 0.81 }]
    useCases: [scoring test applications]
    limitations: [test data only]
    approvals: [{ by: QA Lead, role: Model owner, date: 2026-11-01 }]
datasets:
  - name: training
    supplier: acme
    file: data/train.csv
    license: CC-BY-4.0
    classification: internal
    personalData: false
    provenance: generated for the test
QUALITY    owners: [{ organization: Example Corp }]
"""

REGISTER = """\
suppliers:
  - id: internal
    names: [Example Corp]
    status: approved
    lastAssessment: 2026-06-01
    reassessEvery: P24M
    approvedFor: [model, dataset]
ACME"""

ACME = """\
  - id: acme
    names: [ACME ML GmbH]
    status: approved
    lastAssessment: 2026-06-01
    reassessEvery: P24M
    approvedFor: [dataset]
"""

POM = """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>it.aibom</groupId>
  <artifactId>NAME</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <description>DESCRIPTION</description>
  <properties>
    <project.build.outputTimestamp>2026-11-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <plugins>
EXTRA      <plugin>
        <groupId>@project.groupId@</groupId>
        <artifactId>@project.artifactId@</artifactId>
        <version>@project.version@</version>
        <configuration>
KEYS CONFIG        </configuration>
        <executions>
          <execution>
            <id>key</id>
            <phase>prepare-package</phase>
            <goals><goal>keygen</goal></goals>
            <configuration>
              <privateKey>${project.build.directory}/keys/signing-key.pem</privateKey>
              <publicKey>${project.build.directory}/keys/signing-key.pub.pem</publicKey>
              <ifMissing>true</ifMissing>
            </configuration>
          </execution>
          <execution>
            <id>build</id>
            <goals><goal>generate</goal><goal>sign</goal></goals>
          </execution>
          <execution>
            <id>check</id>
            <goals><goal>verify</goal><goal>check</goal></goals>
          </execution>
EXECUTIONS        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


DEFAULT_KEYS = """\
          <keyFile>${project.build.directory}/keys/signing-key.pem</keyFile>
          <trustedKeys>
            <trustedKey>${project.build.directory}/keys/signing-key.pub.pem</trustedKey>
          </trustedKeys>
"""


def project(name, description, goals="verify", result="success", lifecycle="approved", acme=True,
            quality=True, config="", executions="", extra="", files=None, verify="", waivers=None,
            policy=None, descriptor=None, keys=DEFAULT_KEYS):
    base = f"{IT}/{name}"
    pom = (POM.replace("NAME", name).replace("DESCRIPTION", description).replace("KEYS ", keys)
           .replace("CONFIG", config)
           .replace("EXECUTIONS", executions).replace("EXTRA", extra))
    write(f"{base}/pom.xml", pom)
    d = descriptor or DESCRIPTOR.replace("LIFECYCLE", lifecycle).replace(
        "QUALITY", "    qualityChecks: [row count checked]\n" if quality else "")
    write(f"{base}/aibom.yaml", d)
    write(f"{base}/suppliers.yaml", REGISTER.replace("ACME", ACME if acme else ""))
    write(f"{base}/model/scorer.onnx", "ONNX-TEST-MODEL-v1 weights 0.12 0.34 0.56\n")
    write(f"{base}/data/train.csv", "id,income,default\n1,52000,0\n2,31000,1\n3,78000,0\n")
    if waivers:
        write(f"{base}/waivers.yaml", waivers)
    if policy:
        write(f"{base}/aibom-policy.yaml", policy)
    for path, text in (files or {}).items():
        if text is None:
            os.remove(f"{base}/{path}")
        else:
            write(f"{base}/{path}", text)
    write(f"{base}/invoker.properties", f"invoker.goals = {goals}\ninvoker.buildResult = {result}\n")
    write(f"{base}/verify.groovy", textwrap.dedent(verify).lstrip())


LOG = "def log = new File(basedir, 'build.log').text\n"

project("clean-project", "A clean project passes; its attached, signed BOM verifies and is installed.",
        goals="install", verify=LOG + """
        assert log.contains('[INFO] aibom: wrote ')
        assert log.contains('aibom: signed ')
        assert log =~ /aibom: signature \\/signature: ES256 key [0-9a-f]{64}: valid, trusted/
        assert log =~ /aibom: signed .* with ES256, key [0-9a-f]{64}/
        assert log.contains('aibom: files: 2 match the BOM, 0 do not, 0 fetched at deploy time (not checked here)')
        assert log =~ /\\[INFO\\] aibom: inputs: policy: built-in default policy \\(default .*aibom-policy.yaml not found\\); supplier register .*suppliers.yaml \\(default\\); waivers: none \\(default .*waivers.yaml not found\\)/
        assert log =~ /aibom: signature: signed by trusted key [0-9a-f]{64}: VALID/
        assert log.contains('aibom: controls: 0 failed, 0 could not be evaluated, 0 waived,')
        def installed = new File(localRepositoryPath, 'it/aibom/clean-project/1.0/clean-project-1.0-aibom.json')
        assert installed.isFile()
        assert installed.text.contains('"signature"')
        assert new File(basedir, 'target/aibom/aibom-report.html').isFile()
        assert new File(basedir, 'target/aibom/TEST-aibom-controls.xml').isFile()
        """)

project("supplier-not-registered", "A supplier not in the register fails the build with the expected line.",
        acme=False, result="failure", verify=LOG + """
        assert log.contains("[ERROR] aibom: [A.10.3] supplier-registered: dataset 'training' supplier 'ACME ML GmbH' is not in the supplier register")
        assert log.contains('AI-BOM controls: 1 failed')
        assert log.contains('Failing the build (failOn error):')
        assert log.contains('BUILD FAILURE')
        """)

project("retired-model", "A retired model fails the build.", lifecycle="retired", result="failure",
        verify=LOG + """
        assert log.contains("[ERROR] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired (allowed: validated, approved, deployed)")
        assert log.contains('BUILD FAILURE')
        """)

project("waiver-active", "An active waiver turns the retired model into a reported, waived finding.",
        lifecycle="retired", waivers="""\
waivers:
  - control: model-lifecycle-allowed
    component: model:scorer
    reason: replacement model in validation, retirement accepted until then
    approvedBy: Head of Model Risk
    expires: 2027-03-31
""", verify=LOG + """
        assert log.contains("[INFO] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired (allowed: validated, approved, deployed) (waived: by Head of Model Risk until 2027-03-31: replacement model in validation, retirement accepted until then)")
        assert log.contains('aibom: controls: 0 failed, 0 could not be evaluated, 1 waived,')
        assert log.contains('BUILD SUCCESS')
        """)

project("waiver-expired", "An expired waiver fails again, and says so.", lifecycle="retired",
        result="failure", waivers="""\
waivers:
  - control: model-lifecycle-allowed
    component: model:scorer
    reason: replacement model in validation
    approvedBy: Head of Model Risk
    expires: 2026-10-31
""", verify=LOG + """
        assert log.contains("[ERROR] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired")
        assert log =~ /\\[ERROR\\] aibom: \\[A.6.2.5, A.6.2.6\\] waiver-expired: the waiver for model-lifecycle-allowed on 'model:scorer' \\(.*waivers.yaml, line 2\\) expired on 2026-10-31; renew it or fix the violation/
        assert log.contains('BUILD FAILURE')
        """)

TAMPER_PLUGIN = """\
      <plugin>
        <!-- after signing, before verification: the model file changes -->
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
        <executions>
          <execution>
            <id>change-model</id>
            <phase>verify</phase>
            <goals><goal>copy-resources</goal></goals>
            <configuration>
              <outputDirectory>${project.basedir}/model</outputDirectory>
              <overwrite>true</overwrite>
              <resources><resource><directory>${project.basedir}/changed-model</directory></resource></resources>
            </configuration>
          </execution>
        </executions>
      </plugin>
"""
project("model-changed-after-signing", "A model file changed after signing fails aibom:verify.",
        result="failure", extra=TAMPER_PLUGIN,
        files={"changed-model/scorer.onnx": "ONNX-TEST-MODEL-v1 weights 0.12 0.34 0.99\n"},
        verify=LOG + """
        assert log.contains('[ERROR] aibom: - file MISMATCH model/scorer.onnx (model:scorer): SHA-256 is ')
        assert log.contains('aibom: files: 1 match the BOM, 1 do not')
        assert log.contains('BUILD FAILURE')
        """)

project("fail-on-warning", "failOn=warning fails on a warning-level violation (no data quality evidence).",
        quality=False, goals="verify -Daibom.failOn=warning", result="failure", verify=LOG + """
        assert log.contains("[WARNING] aibom: [A.7.4] data-quality: dataset 'training' records no data quality checks")
        assert log.contains('Failing the build (failOn warning):')
        assert log.contains('BUILD FAILURE')
        """)

project("fail-on-warning-default", "The same warning passes under the default failOn=error.", quality=False,
        verify=LOG + """
        assert log.contains("[WARNING] aibom: [A.7.4] data-quality: dataset 'training' records no data quality checks")
        assert log.contains('BUILD SUCCESS')
        """)

project("fail-on-never", "failOn=never reports the retired model but does not fail.", lifecycle="retired",
        goals="verify -Daibom.failOn=never", verify=LOG + """
        assert log.contains("[ERROR] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired")
        assert log.contains('aibom: controls: 1 failed')
        assert log.contains('BUILD SUCCESS')
        """)

project("skip", "aibom.skip skips every goal.", lifecycle="retired", goals="verify -Daibom.skip=true",
        verify=LOG + """
        assert log.contains('[INFO] aibom: skipped (aibom.skip)')
        assert !new File(basedir, 'target/aibom').exists()
        assert log.contains('BUILD SUCCESS')
        """)

project("reproducible", "Two generations with the same outputTimestamp give byte-identical BOMs.",
        goals="package", executions="""\
          <execution>
            <id>second</id>
            <phase>package</phase>
            <goals><goal>generate</goal></goals>
            <configuration>
              <bom>${project.build.directory}/second/aibom.cdx.json</bom>
              <attach>false</attach>
            </configuration>
          </execution>
          <execution>
            <id>third</id>
            <phase>package</phase>
            <goals><goal>generate</goal></goals>
            <configuration>
              <bom>${project.build.directory}/third/aibom.cdx.json</bom>
              <attach>false</attach>
              <hashThreads>1</hashThreads>
            </configuration>
          </execution>
""", verify="""
        def second = new File(basedir, 'target/second/aibom.cdx.json').bytes
        def third = new File(basedir, 'target/third/aibom.cdx.json').bytes
        assert second.length > 1000
        assert Arrays.equals(second, third)
        assert new String(second, 'UTF-8').contains('"timestamp": "2026-11-01T00:00:00Z"')
        """)

project("encrypted-key-from-settings", "Signing with an encrypted key whose passphrase comes from settings.xml.",
        goals="verify", keys="""\
          <serverId>aibom-signing</serverId>
          <trustedKeys>
            <trustedKey>${project.basedir}/keys/encrypted-signing-key.pub.pem</trustedKey>
          </trustedKeys>
""", verify=LOG + """
        assert log =~ /aibom: signed .* with ES256, key [0-9a-f]{64}/
        assert log =~ /aibom: signature \\/signature: ES256 key [0-9a-f]{64}: valid, trusted/
        assert !log.contains('it-passphrase-4711')
        assert log.contains('BUILD SUCCESS')
        """)

project("broken-descriptor", "A broken descriptor fails with a message naming file, line and field.",
        result="failure", descriptor=DESCRIPTOR.replace("LIFECYCLE", "approved").replace("QUALITY", "")
        .replace("    lifecycle: approved", "    lifecycel: approved"), verify=LOG + """
        assert log =~ /Invalid AI-BOM descriptor .*aibom.yaml:/
        assert log =~ /aibom.yaml:14:5: models\\[0\\].lifecycel: unknown key 'lifecycel'. Fix: check the spelling; the keys allowed here are: /
        assert log.contains('BUILD FAILURE')
        assert !new File(basedir, 'target/aibom/aibom.cdx.json').exists()
        """)

project("tampered-bom", "A BOM changed after signing fails aibom:verify.", result="failure", keys="",
        goals="aibom:verify -Daibom.bom=supplier/tampered.cdx.json -Daibom.trustedKeys=supplier/key.pub.pem"
              " -Daibom.checkFiles=false", verify=LOG + """
        assert log =~ /\\[ERROR\\] aibom: - \\/signature: ES256 key [0-9a-f]{64}: INVALID, untrusted \\(the signature does not match the signed content: the content was changed after signing, or it was signed with another key\\)/
        assert log.contains('BUILD FAILURE')
        """)

project("review-unknown-key", "Review of a supplier BOM signed by a key the register does not list fails.",
        result="failure", keys="", goals="aibom:review -Daibom.bom=supplier/acme.cdx.json"
                                " -Daibom.suppliers=supplier/suppliers.yaml", verify=LOG + """
        assert log.contains('aibom: reviewing ')
        assert log =~ /aibom: signature: signed by key [0-9a-f]{64}: VALID, but not trusted \\(trusted keys: [0-9a-f]{64}\\)/
        assert log =~ /\\[ERROR\\] aibom: \\[A.10.3\\] supplier-bom-signed: the BOM is signed with key [0-9a-f]{64}, which the supplier register lists for no supplier \\(registered keys: [0-9a-f]{64} \\(ACME ML GmbH\\)\\) \\[claimed in a BOM of ACME ML GmbH signed with a key the register does not list\\]/
        assert new File(basedir, 'aibom-review/aibom-report.html').isFile()
        assert log.contains('BUILD FAILURE')
        """)

project("configured-register-missing", "A supplier register that is configured but missing fails the build.",
        result="failure", goals="verify -Daibom.suppliers=procurement/suppliers.yaml", verify=LOG + """
        assert log =~ /aibom.suppliers: the supplier register .*procurement.suppliers.yaml does not exist. Point aibom.suppliers at the supplier register, or remove the setting./
        assert log.contains('BUILD FAILURE')
        assert !log.contains('aibom: controls:')
        """)

project("configured-policy-missing", "A policy that is configured but missing fails the build; no built-in fallback.",
        result="failure", goals="verify -Daibom.policy=aibom-polcy.yaml", verify=LOG + """
        assert log =~ /aibom.policy: the policy .*aibom-polcy.yaml does not exist. Point aibom.policy at the policy, or remove the setting./
        assert log.contains('BUILD FAILURE')
        """)

project("no-register", "No register at all, but the default policy's supplier controls need one: an error, not 18"
        " 'not applicable'.", result="failure", files={"suppliers.yaml": None}, verify=LOG + """
        assert log =~ /aibom.suppliers: no supplier register is configured \\(the default .*suppliers.yaml does not exist\\), but the policy \\(built-in default policy\\) enables controls that need it: supplier-approved-for-type, supplier-assessment-current, supplier-certifications, supplier-registered, supplier-status. Point aibom.suppliers at procurement's suppliers.yaml \\(or its https URL\\), or disable these controls in the policy./
        assert log.contains('BUILD FAILURE')
        """)

# a multi-module build whose policy, register and waivers live in the root folder
ROOT_POM = """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>it.aibom</groupId>
  <artifactId>multi-module-root-register</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <description>Modules share the register, policy and waivers in the root folder.</description>
  <modules>
    <module>scorer-service</module>
  </modules>
  <properties>
    <project.build.outputTimestamp>2026-11-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>@project.groupId@</groupId>
          <artifactId>@project.artifactId@</artifactId>
          <version>@project.version@</version>
          <configuration>
            <!-- one configuration for every module: the folder the build runs from -->
            <configDirectory>${session.executionRootDirectory}</configDirectory>
          </configuration>
        </plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
"""
MODULE_POM = """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>it.aibom</groupId>
    <artifactId>multi-module-root-register</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>scorer-service</artifactId>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>@project.groupId@</groupId>
        <artifactId>@project.artifactId@</artifactId>
        <executions>
          <execution>
            <id>aibom</id>
            <phase>verify</phase>
            <goals><goal>generate</goal><goal>check</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""
base = f"{IT}/multi-module-root-register"
write(f"{base}/pom.xml", ROOT_POM)
write(f"{base}/suppliers.yaml", REGISTER.replace("ACME", ACME))
write(f"{base}/waivers.yaml", """\
waivers:
  - control: model-lifecycle-allowed
    component: model:scorer
    reason: replacement model in validation
    approvedBy: Head of Model Risk
    expires: 2027-03-31
""")
write(f"{base}/scorer-service/pom.xml", MODULE_POM)
write(f"{base}/scorer-service/aibom.yaml", DESCRIPTOR.replace("LIFECYCLE", "retired").replace(
    "QUALITY", "    qualityChecks: [row count checked]\n"))
write(f"{base}/scorer-service/model/scorer.onnx", "ONNX-TEST-MODEL-v1 weights 0.12 0.34 0.56\n")
write(f"{base}/scorer-service/data/train.csv", "id,income,default\n1,52000,0\n2,31000,1\n3,78000,0\n")
write(f"{base}/invoker.properties", "invoker.goals = verify\ninvoker.buildResult = success\n")
write(f"{base}/verify.groovy", textwrap.dedent(LOG + """
        def root = basedir.canonicalPath
        assert log.contains('aibom: inputs: policy: built-in default policy (default ' + root + '/aibom-policy.yaml not found); supplier register ' + root + '/suppliers.yaml (default); waivers ' + root + '/waivers.yaml (default)')
        assert log.contains("[INFO] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired (allowed: validated, approved, deployed) (waived: by Head of Model Risk until 2027-03-31: replacement model in validation)")
        assert log.contains('BUILD SUCCESS')
        """).lstrip())

print("written")
