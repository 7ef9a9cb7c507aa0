def log = new File(basedir, 'build.log').text

        assert log =~ /aibom.suppliers: no supplier register is configured \(the default .*suppliers.yaml does not exist\), but the policy \(built-in default policy\) enables controls that need it: supplier-approved-for-type, supplier-assessment-current, supplier-certifications, supplier-registered, supplier-status. Point aibom.suppliers at procurement's suppliers.yaml \(or its https URL\), or disable these controls in the policy./
        assert log.contains('BUILD FAILURE')
