def log = new File(basedir, 'build.log').text

        assert log =~ /\[ERROR\] aibom: - \/signature: ES256 key [0-9a-f]{64}: INVALID, untrusted \(the content was changed after signing: the signature does not match the signed content under the key it names\)/
        assert log.contains('BUILD FAILURE')
