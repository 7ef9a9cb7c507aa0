def log = new File(basedir, 'build.log').text

        assert log.contains('[ERROR] aibom: - file MISMATCH model/scorer.onnx (model:scorer): SHA-256 is ')
        assert log.contains('aibom: files: 1 match the BOM, 1 do not')
        assert log.contains('BUILD FAILURE')
