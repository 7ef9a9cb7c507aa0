def log = new File(basedir, 'build.log').text

        assert log.contains("[INFO] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired (allowed: validated, approved, deployed) (waived: by Head of Model Risk until 2027-03-31: replacement model in validation, retirement accepted until then)")
        assert log.contains('aibom: controls: 0 failed, 0 could not be evaluated, 1 waived,')
        assert log.contains('BUILD SUCCESS')
