def second = new File(basedir, 'target/second/aibom.cdx.json').bytes
def third = new File(basedir, 'target/third/aibom.cdx.json').bytes
assert second.length > 1000
assert Arrays.equals(second, third)
assert new String(second, 'UTF-8').contains('"timestamp": "2026-11-01T00:00:00Z"')
