def log = new File(basedir, 'build.log').text

        assert log.contains('aibom: reviewing ')
        assert log =~ /aibom: signature: signed by key [0-9a-f]{64}: VALID, but not trusted \(trusted keys: [0-9a-f]{64}\)/
        assert log =~ /\[ERROR\] aibom: \[A.10.3\] supplier-bom-signed: the BOM is signed with key [0-9a-f]{64}, which the supplier register lists for no supplier \(registered keys: [0-9a-f]{64} \(ACME ML GmbH\)\) \[claimed in a BOM of ACME ML GmbH signed with a key the register does not list\]/
        assert new File(basedir, 'aibom-review/aibom-report.html').isFile()
        assert log.contains('BUILD FAILURE')
