def log = new File(basedir, 'build.log').text

        def root = basedir.canonicalPath
        assert log.contains('aibom: inputs: policy: built-in default policy (default ' + root + '/aibom-policy.yaml not found); supplier register ' + root + '/suppliers.yaml (default); waivers ' + root + '/waivers.yaml (default)')
        assert log.contains("[INFO] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired (allowed: validated, approved, deployed) (waived: by Head of Model Risk until 2027-03-31: replacement model in validation)")
        assert log.contains('BUILD SUCCESS')
