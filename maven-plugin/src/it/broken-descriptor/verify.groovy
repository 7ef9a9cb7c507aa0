def log = new File(basedir, 'build.log').text

        assert log =~ /Invalid AI-BOM descriptor .*aibom.yaml:/
        assert log =~ /aibom.yaml:14:5: models\[0\].lifecycel: unknown key 'lifecycel'. Fix: check the spelling; the keys allowed here are: /
        assert log.contains('BUILD FAILURE')
        assert !new File(basedir, 'target/aibom/aibom.cdx.json').exists()
