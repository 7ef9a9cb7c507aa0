def log = new File(basedir, 'build.log').text

        assert log =~ /aibom.suppliers: the supplier register .*procurement.suppliers.yaml does not exist. Point aibom.suppliers at the supplier register, or remove the setting./
        assert log.contains('BUILD FAILURE')
        assert !log.contains('aibom: controls:')
