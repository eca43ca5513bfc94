package dev.playbook.dialects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, found building a real MkDocs handbook: a page without front matter takes its title
 * from its first heading, and the title showed Markdown the old site never showed: the backslash
 * of {@code \>}, and it lost what is not emphasis ({@code my_var}, {@code `__init__`}, {@code 2 * 3}).
 */
class HeadingTitlesTest {

    @TempDir
    Path dir;

    @Test
    void titlesReadTheHeadingAsTheOldGeneratorRenderedIt() {
        ImportedHandbook handbook = new ImportedHandbook(dir, "")
                .file("index.md", "# Folders\n\n[a](src.md) [b](names.md) [c](init.md) [d](sums.md) [e](bold.md)\n")
                .file("src.md", "# Keep code in a *src* folder (./<root\\>/src)\n\nText.\n")
                .file("names.md", "# Naming my_var and snake_case_names\n\nText.\n")
                .file("init.md", "# The `__init__` file and `` a `tick` ``\n\nText.\n")
                .file("sums.md", "# Why 2 * 3 and 4 _ 5 stay\n\nText.\n")
                .file("bold.md", "# **Bold**, __strong__ and _em_ go\n\nText.\n")
                .build();
        assertEquals("Keep code in a src folder (./<root>/src)", handbook.site.html("src.html").selectFirst("main h1").text());
        assertEquals("Naming my_var and snake_case_names", handbook.site.html("names.html").selectFirst("main h1").text());
        assertEquals("The __init__ file and a `tick`", handbook.site.html("init.html").selectFirst("main h1").text());
        assertEquals("Why 2 * 3 and 4 _ 5 stay", handbook.site.html("sums.html").selectFirst("main h1").text());
        assertEquals("Bold, strong and em go", handbook.site.html("bold.html").selectFirst("main h1").text());
        List<String> sidebar = handbook.site.html("index.html").select("nav a[href$=.html]").eachText();
        assertTrue(sidebar.containsAll(List.of("Bold, strong and em go", "The __init__ file and a `tick`",
                "Keep code in a src folder (./<root>/src)", "Naming my_var and snake_case_names", "Why 2 * 3 and 4 _ 5 stay")),
                sidebar::toString);
    }
}
