def log = new File(basedir, 'build.log').text

        assert log.contains("[ERROR] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired (allowed: validated, approved, deployed)")
        assert log.contains('BUILD FAILURE')
