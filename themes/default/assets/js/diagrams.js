/*
 * Draws Mermaid diagrams from ```mermaid code blocks with the theme's own copy of mermaid
 * (vendor/mermaid/mermaid.min.js, which the layout loads only on pages that have a diagram).
 * Each diagram is drawn above its source; the source is then hidden on screen but stays in the
 * page, so it shows without JavaScript and in print. A diagram that cannot be drawn keeps its
 * source on screen with a note saying why. The diagrams follow the light or dark theme, and are
 * drawn again when the reader switches. Mermaid writes a <style> into each SVG: pages with a
 * diagram need style-src 'unsafe-inline' in their Content-Security-Policy (scripts stay 'self').
 */
(() => {
  'use strict';

  // The words come from this script's own element (data-words: the theme's js.* messages in the page's language).
  const source = document.currentScript;
  let words = {};
  try {
    words = JSON.parse((source && source.dataset.words) || '{}');
  } catch {
    words = {};
  }
  /** A word in the page's language (English where the page names none), its {0} filled in. */
  const say = (key, english, value = '') => (words[key] || english).split('{0}').join(value);
  const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
  if (!blocks.length || !window.mermaid) {
    return;
  }
  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => root.getAttribute('data-theme') === 'dark'
    || (root.getAttribute('data-theme') !== 'light' && systemDark.matches);
  let drawing = Promise.resolve();
  let drawnDark = null;

  const draw = async () => {
    const dark = isDark();
    if (dark === drawnDark) {
      return;
    }
    drawnDark = dark;
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
    for (const [index, code] of blocks.entries()) {
      const pre = code.parentElement;
      const figure = pre.previousElementSibling && pre.previousElementSibling.classList.contains('diagram')
        ? pre.previousElementSibling : document.createElement('figure');
      figure.className = 'diagram';
      try {
        // One diagram at a time: mermaid lays out in a scratch element of the page.
        const { svg } = await window.mermaid.render(`playbook-diagram-${index + 1}`, code.textContent);
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
        figure.replaceChildren(document.importNode(parsed, true));
        pre.before(figure);
        pre.classList.add('diagram-source');
      } catch (error) {
        const note = document.createElement('p');
        note.className = 'diagram-error';
        note.textContent = say('js.diagramFailed', 'This diagram could not be drawn: {0}', String(error && error.message || error).split('\n')[0]);
        figure.replaceChildren(note);
        pre.before(figure);
        pre.classList.remove('diagram-source');
      }
    }
  };

  const redraw = () => {
    drawing = drawing.then(draw);
  };
  redraw();
  new MutationObserver(redraw).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  systemDark.addEventListener('change', redraw);
})();
