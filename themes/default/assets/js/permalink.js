/*
 * "Copy link" for the page and for each of its headings, with two choices:
 *  - latest: the page's short link, go/<id>.html (go/<id>/ over HTTP) beside the releases, which
 *    opens the page with this id in whatever release is the latest, after renames too; pages
 *    without an id (generated ones) use latest/<path>;
 *  - this release: the page in this release's folder, pinned.
 * Both are absolute, made from the current address, with the heading's #anchor. The clipboard is
 * used when the browser allows it; otherwise (e.g. pages opened from disk) the address is selected
 * in its field for Ctrl+C. The data comes from the page header's [data-permalink] element. A page
 * in another language than the default (in the release's "es/" folder) links to latest/es/<path>,
 * since a short link opens the page in the default language.
 * The words come from data-words too, in the page's language (a JSON object of the theme's js.* messages).
 */
(() => {
  'use strict';

  const source = document.querySelector('[data-permalink]');
  if (!source) {
    return;
  }
  const { siteRoot, pageId, pagePath, release, languageFolder } = source.dataset;
  let words = {};
  try {
    words = JSON.parse(source.dataset.words || '{}');
  } catch {
    words = {};
  }
  /** A word in the page's language (English where the page names none), its {0} filled in. */
  const say = (key, english, value = '') => (words[key] || english).replace('{0}', value);
  let panel = null;
  let opener = null;

  const latestUrl = (anchor) => {
    const base = new URL(siteRoot, window.location.href);
    let path = `latest/${pagePath.split('/').map(encodeURIComponent).join('/')}`;
    if (pageId && !languageFolder) {
      path = window.location.protocol === 'file:' ? `go/${pageId}.html` : `go/${pageId}/`;
    }
    const url = new URL(path, base);
    url.hash = anchor ? `#${anchor}` : '';
    return url.href;
  };

  const pinnedUrl = (anchor) => {
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = anchor ? `#${anchor}` : '';
    return url.href;
  };

  const status = (text) => {
    panel.querySelector('.permalink-status').textContent = text;
  };

  const copy = async (input) => {
    try {
      if (!navigator.clipboard || !window.isSecureContext) {
        throw new Error('no clipboard');
      }
      await navigator.clipboard.writeText(input.value);
      status(say('js.linkCopied', 'Link copied.'));
    } catch {
      input.focus();
      input.select();
      status(say('js.pressCtrlC', 'Press Ctrl+C (⌘C on a Mac) to copy the selected link.'));
    }
  };

  const choice = (id, label, description) => {
    const row = document.createElement('div');
    row.className = 'permalink-choice';
    const text = document.createElement('label');
    text.htmlFor = id;
    const strong = document.createElement('strong');
    strong.textContent = label;
    text.append(strong, ` ${description}`);
    const input = document.createElement('input');
    input.id = id;
    input.type = 'text';
    input.readOnly = true;
    input.spellcheck = false;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'permalink-copy';
    button.textContent = say('js.copy', 'Copy');
    button.addEventListener('click', () => copy(input));
    row.append(text, input, button);
    return row;
  };

  const build = () => {
    const box = document.createElement('div');
    box.className = 'permalink-panel';
    box.setAttribute('role', 'group');
    box.hidden = true;
    const title = document.createElement('p');
    title.className = 'permalink-title';
    box.append(title,
      choice('permalink-latest', say('js.latest', 'Latest'), say('js.followsPage', '(follows the page into every new release)')),
      choice('permalink-pinned', say('js.thisRelease', 'This release'), say('js.staysOnRelease', '(stays on release {0})', release)));
    const note = document.createElement('p');
    note.className = 'permalink-status';
    note.setAttribute('role', 'status');
    box.append(note);
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        close(true);
      }
    });
    return box;
  };

  const close = (refocus) => {
    if (!panel || panel.hidden) {
      return;
    }
    panel.hidden = true;
    if (opener) {
      opener.setAttribute('aria-expanded', 'false');
      if (refocus) {
        opener.focus();
      }
    }
    opener = null;
  };

  const open = (button, anchor, name, after) => {
    if (opener === button) {
      close(false);
      return;
    }
    close(false);
    panel = panel || build();
    after.after(panel);
    panel.querySelector('.permalink-title').textContent = say('js.copyLinkTo', 'Copy a link to {0}', name);
    panel.setAttribute('aria-label', say('js.copyLinkTo', 'Copy a link to {0}', name));
    panel.querySelector('#permalink-latest').value = latestUrl(anchor);
    panel.querySelector('#permalink-pinned').value = pinnedUrl(anchor);
    status('');
    panel.hidden = false;
    opener = button;
    button.setAttribute('aria-expanded', 'true');
    panel.querySelector('.permalink-copy').focus();
  };

  /** Two chain links, drawn with the text colour; the button's label names it for assistive technology. */
  const icon = () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('width', '14');
    svg.setAttribute('height', '14');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 0 1 3.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 0 1-3.7-3.7L5.3 7.8');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.5');
    path.setAttribute('stroke-linecap', 'round');
    svg.append(path);
    return svg;
  };

  const button = (label, className) => {
    const made = document.createElement('button');
    made.type = 'button';
    made.className = className;
    made.setAttribute('aria-expanded', 'false');
    made.setAttribute('aria-label', label);
    made.title = label;
    return made;
  };

  const pageButton = source.querySelector('.permalink-page');
  if (pageButton) {
    source.hidden = false;
    pageButton.setAttribute('aria-expanded', 'false');
    pageButton.addEventListener('click', () => open(pageButton, '', say('js.thisPage', 'this page'), source));
  }

  document.querySelectorAll('.content :is(h2, h3, h4, h5, h6)[id] > .heading-anchor').forEach((anchor) => {
    const heading = anchor.parentElement;
    const name = heading.textContent.replace(/#$/, '').trim();
    const section = say('js.theSection', 'the section “{0}”', name);
    const made = button(say('js.copyLinkTo', 'Copy a link to {0}', section), 'copy-link');
    made.append(icon());
    made.addEventListener('click', () => open(made, heading.id, section, heading));
    anchor.after(made);
  });

  document.addEventListener('click', (event) => {
    if (panel && !panel.hidden && !panel.contains(event.target) && !(opener && opener.contains(event.target))) {
      close(false);
    }
  });
})();
