// allReleases built both tagged releases from git and the working tree, each into its own folder.
def out = new File(basedir, 'target/site-out')
def guide = { String release -> new File(out, release + '/guide.html') }
['2026.1', '2026.2', '2026.3'].each { assert guide(it).isFile() : "no release ${it} in ${out.list()}" }
assert guide('2026.1')?.text?.contains('First words.') : "2026.1 from its tag"
assert guide('2026.2')?.text?.contains('Second words.') : "2026.2 from its tag"
assert guide('2026.3')?.text?.contains('Words in the making.') : "2026.3 from the working tree"
def versions = new groovy.json.JsonSlurper().parse(new File(out, 'versions.json'))
assert versions*.name.containsAll(['2026.1', '2026.2', '2026.3']) : versions
def log = new File(basedir, 'build.log').text
assert log.contains('release 2026.1 (tag release/2026.1)') && log.contains('release 2026.3 (working tree)') : log
return true
