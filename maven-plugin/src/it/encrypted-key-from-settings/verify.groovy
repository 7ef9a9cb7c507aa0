def log = new File(basedir, 'build.log').text

        assert log =~ /aibom: signed .* with ES256, key [0-9a-f]{64}/
        assert log =~ /aibom: signature \/signature: ES256 key [0-9a-f]{64}: valid, trusted/
        assert !log.contains('it-passphrase-4711')
        assert log.contains('BUILD SUCCESS')
