def log = new File(basedir, 'build.log').text

        assert log.contains('[INFO] aibom: skipped (aibom.skip)')
        assert !new File(basedir, 'target/aibom').exists()
        assert log.contains('BUILD SUCCESS')
