def log = new File(basedir, 'build.log').text

        assert log.contains("[WARNING] aibom: [A.7.4] data-quality: dataset 'training' records no data quality checks")
        assert log.contains('BUILD SUCCESS')
