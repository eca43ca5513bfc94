// mvn verify built the site into target/site-out/<release>/ and checked it clean, writing the CI reports.
def site = new File(basedir, 'target/site-out/2026.3')
['vision.html', 'standards/own-the-problem.html', 'stories/lost-parcel.html', 'search.html'].each {
    assert new File(site, it).isFile() : "no ${it} in ${site.list()}"
}
assert new File(site, 'standards/own-the-problem.html').text.contains('Say your name')
assert new File(basedir, 'target/site-out/index.html').isFile()

def log = new File(basedir, 'build.log').text
assert log =~ /Built \d+ pages into .*site-out.2026\.3/
assert log =~ /playbook-maven-plugin:[^:]+:check \(default-cli\)/ && log =~ /playbook-maven-plugin:[^:]+:check \(default\)/
assert log.contains('Playbook: 0 error(s), 0 warning(s) in src/playbook')

def reports = new File(basedir, 'target/playbook-reports')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'playbook.sarif'))
assert sarif.version == '2.1.0' && sarif.runs[0].results.isEmpty()
assert new groovy.json.JsonSlurper().parse(new File(reports, 'gl-code-quality-report.json')).isEmpty()
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-playbook.xml'))
assert junit.@failures.text() == '0' && junit.'**'.findAll { it.name() == 'testcase' }.size() == 1
return true
