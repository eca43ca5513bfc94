package dev.playbook.model;

/** Where a page sits in the site: the home page, a folder's section page, or an ordinary page. */
public enum PageKind {
    HOME,
    SECTION,
    PAGE
}
