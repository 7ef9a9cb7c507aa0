def log = new File(basedir, 'build.log').text

        assert log =~ /Invalid AI-BOM descriptor .*aibom.yaml:/
        assert log =~ /aibom.yaml:14:5: models\[0\].lifecycel: unknown key 'lifecycel'. Fix: check the spelling; the keys allowed here are: /
        assert log.contains('BUILD FAILURE')
        assert !new File(basedir, 'target/aibom/aibom.cdx.json').exists()
        // one message and no noise after the failure: no thread dying, no schema loader complaining (the invoker runs
        // Maven with -e, so Maven itself prints the failure's stack trace; nothing else may)
        assert !log.contains('Exception in thread')
        assert !log.contains('Failed to load json schema')
        assert !log.contains('Unknown keyword')
