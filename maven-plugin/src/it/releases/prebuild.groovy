// Makes this project a git repository whose playbook was released twice (tags release/2026.1 and
// release/2026.2), then edited for 2026.3 in the working tree, through JGit (no git command needed).
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

def editor = new PersonIdent('Editor', 'editor@example.org', new Date(1767258000000L), TimeZone.getTimeZone('UTC'))
def playbook = new File(basedir, 'src/playbook')
playbook.mkdirs()
def write = { String path, String text -> def f = new File(playbook, path); f.parentFile.mkdirs(); f.text = text }
def config = { String release -> "title: Released Playbook\nrelease: \"${release}\"\n" }
write('vision.md', '---\ntitle: Vision\ntype: vision\n---\nWhy we serve.\n')
new File(basedir, '.gitignore').text = '/target/\n/build.log\n'

def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    [['2026.1', 'First words.'], ['2026.2', 'Second words.']].each { release, words ->
        write('playbook.yml', config(release))
        write('guide.md', "# Guide\n\n${words}\n")
        git.add().addFilepattern('.').call()
        git.commit().setMessage("Release ${release}").setAuthor(editor).setCommitter(editor).setSign(false).call()
        git.tag().setName("release/${release}").setAnnotated(false).call()
    }
} finally {
    git.close()
}
write('playbook.yml', config('2026.3'))
write('guide.md', '# Guide\n\nWords in the making.\n')
return true
