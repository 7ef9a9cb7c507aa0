def log = new File(basedir, 'build.log').text

        assert log =~ /aibom.policy: the policy .*aibom-polcy.yaml does not exist. Point aibom.policy at the policy, or remove the setting./
        assert log.contains('BUILD FAILURE')
