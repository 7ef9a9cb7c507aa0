def log = new File(basedir, 'build.log').text

        assert log.contains("[ERROR] aibom: [A.6.2.5, A.6.2.6] model-lifecycle-allowed: model 'scorer' is retired")
        assert log =~ /\[ERROR\] aibom: \[A.6.2.5, A.6.2.6\] waiver-expired: the waiver for model-lifecycle-allowed on 'model:scorer' \(.*waivers.yaml, line 2\) expired on 2026-10-31; renew it or fix the violation/
        assert log.contains('BUILD FAILURE')
