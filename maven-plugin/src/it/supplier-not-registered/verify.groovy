def log = new File(basedir, 'build.log').text

        assert log.contains("[ERROR] aibom: [A.10.3] supplier-registered: dataset 'training' supplier 'ACME ML GmbH' is not in the supplier register")
        assert log.contains('AI-BOM controls: 1 failed')
        assert log.contains('Failing the build (failOn error):')
        assert log.contains('BUILD FAILURE')
