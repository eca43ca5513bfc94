/*
 * The release switcher in the header and the banner on pages of an older release.
 *
 * The list of releases is versions.js beside the release folders, and a release's page paths by
 * id are its pages.js: scripts rather than JSON, because fetch() cannot read files when the site
 * is opened from disk. Choosing a release opens the same page there, found by its id so renamed
 * pages are followed, or that release's home page when the page does not exist there. A page in
 * another language than the default ("es/" in the release's folder) opens the page in that
 * language when the release has it, else in the release's default language.
 */
(() => {
  'use strict';

  const form = document.querySelector('.release-switcher');
  if (!form) {
    return;
  }
  const release = form.dataset.release;
  const siteRoot = form.dataset.siteRoot;
  const pageId = form.dataset.pageId;
  const pagePath = form.dataset.pagePath;
  const languageFolder = form.dataset.languageFolder || '';
  // The page's path in its language's folder: what a release lists among its generated pages.
  const pathInLanguage = pagePath.startsWith(languageFolder) ? pagePath.slice(languageFolder.length) : pagePath;
  const select = form.querySelector('select');
  let words = {};
  try {
    words = JSON.parse(form.dataset.words || '{}');
  } catch {
    words = {};
  }
  /** A word in the page's language (data-words: the theme's js.* messages; English where the page names none), its {0}, {1}... filled in. */
  const say = (key, english, ...values) => values.reduce((text, value, i) => text.split(`{${i}}`).join(String(value)),
    words[key] || english);

  const load = window.playbookLoadScript; // load-script.js, loaded before this file

  const encodePath = (path) => path.split('/').map(encodeURIComponent).join('/');

  /** The same page in another release: by id, else the same generated page, else its home page. */
  const pageIn = async (entry) => {
    const known = (window.playbookPages = window.playbookPages || {});
    if (!known[entry.name]) {
      try {
        await load(`${siteRoot}${entry.path}pages.js`);
      } catch {
        // An older release without pages.js: its home page is the best we can do.
      }
    }
    const pages = known[entry.name];
    const inLanguage = languageFolder && pages && Array.isArray(pages.languages) && pages.languages.includes(languageFolder);
    const base = siteRoot + entry.path + (inLanguage ? languageFolder : '');
    if (pages && pageId && pages.ids && pages.ids[pageId]) {
      return base + encodePath(pages.ids[pageId]);
    }
    if (pages && !pageId && Array.isArray(pages.generated) && pages.generated.includes(pathInLanguage)) {
      return base + encodePath(pathInLanguage);
    }
    return `${base}index.html`;
  };

  const option = (entry) => {
    const item = document.createElement('option');
    item.value = entry.name;
    item.textContent = entry.latest ? say('js.currentRelease', '{0} (current)', entry.name) : entry.name;
    item.selected = entry.name === release;
    return item;
  };

  const outdatedBanner = (latest) => {
    const banner = document.createElement('p');
    banner.className = 'banner banner-outdated';
    banner.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.append(`${say('js.readingOldRelease', 'You are reading release {0}. The current release is {1}.', release, latest.name)} `);
    const link = document.createElement('a');
    link.href = `${siteRoot}${latest.path}index.html`;
    link.textContent = say('js.readInRelease', 'Read this page in release {0}', latest.name);
    text.append(link);
    banner.append(text);
    const main = document.querySelector('main');
    const header = main && main.querySelector('.page-header h1, .home-hero h1');
    if (header) {
      header.after(banner);
    } else if (main) {
      main.prepend(banner);
    }
    pageIn(latest).then((href) => {
      link.href = href;
    });
  };

  const start = async () => {
    try {
      await load(`${siteRoot}versions.js`);
    } catch {
      return;
    }
    const versions = window.playbookVersions;
    // With a single release there is nothing to switch to.
    if (!Array.isArray(versions) || versions.length < 2 || !versions.some((entry) => entry.name === release)) {
      return;
    }
    select.replaceChildren(...versions.map(option));
    form.hidden = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const entry = versions.find((candidate) => candidate.name === select.value);
      if (entry && entry.name !== release) {
        window.location.href = (await pageIn(entry)) + window.location.hash;
      }
    });
    const latest = versions.find((entry) => entry.latest);
    if (latest && latest.name !== release) {
      outdatedBanner(latest);
    }
  };

  start();
})();
