def log = new File(basedir, 'build.log').text

        assert log.contains('aibom: reviewing supplier BOM ')
        assert log.contains("[ERROR] aibom: [A.10.3] supplier-bom-signed: the BOM of supplier 'ACME ML GmbH' is not signed with a key registered for it")
        assert new File(basedir, 'aibom-review/aibom-report.html').isFile()
        assert log.contains('BUILD FAILURE')
