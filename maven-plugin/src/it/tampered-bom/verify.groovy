def log = new File(basedir, 'build.log').text

        assert log =~ /\[ERROR\] aibom: - \/signature: ES256 key [0-9a-f]{64}: INVALID, untrusted \(the signature does not match the signed content: the content was changed after signing, or it was signed with another key\)/
        assert log.contains('BUILD FAILURE')
