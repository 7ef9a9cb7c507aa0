def log = new File(basedir, 'build.log').text

        assert log.contains('[INFO] aibom: wrote ')
        assert log.contains('aibom: signed ')
        assert log =~ /aibom: signature \/signature: ES256 key [0-9a-f]{64}: valid, trusted/
        assert log =~ /aibom: signed .* with ES256, key [0-9a-f]{64}/
        assert log.contains('aibom: files: 2 match the BOM, 0 do not, 0 fetched at deploy time (not checked here)')
        assert log =~ /\[INFO\] aibom: inputs: policy: built-in default policy \(default .*aibom-policy.yaml not found\); supplier register .*suppliers.yaml \(default\); waivers: none \(default .*waivers.yaml not found\)/
        assert log =~ /aibom: signature: signed by trusted key [0-9a-f]{64}: VALID/
        assert log.contains('aibom: controls: 0 failed, 0 could not be evaluated, 0 waived,')
        def installed = new File(localRepositoryPath, 'it/aibom/clean-project/1.0/clean-project-1.0-aibom.json')
        assert installed.isFile()
        assert installed.text.contains('"signature"')
        assert new File(basedir, 'target/aibom/aibom-report.html').isFile()
        assert new File(basedir, 'target/aibom/TEST-aibom-controls.xml').isFile()
