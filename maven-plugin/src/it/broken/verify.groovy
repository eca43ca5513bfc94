// The build failed at playbook:build with every problem positioned, and published nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/playbook/guide.md:3:8: broken link: nothing at "nowhere.md"') : log
assert log.contains('[ERROR] src/playbook/story.md:4:15: unknown id "refnds" in illustrates') : log
assert log.contains('Failed to execute goal dev.playbook:playbook-maven-plugin') : log
assert log.contains('Playbook: 2 error(s), 0 warning(s); nothing was published') : log
assert !log.contains('[INFO]') : "-q shows problems only: ${log}"
assert !new File(basedir, 'target/site-out/1.0').exists()
return true
