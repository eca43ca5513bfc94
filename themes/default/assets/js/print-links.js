/*
 * On paper a link is only useful with its address: this writes each content link's full address
 * into data-print-url, which print.css shows after the link. Links within the page, heading
 * links and glossary terms are left alone.
 */
(() => {
  'use strict';

  document.querySelectorAll('main a[href]:not([href^="#"]):not(.heading-anchor):not(.term-link)').forEach((link) => {
    if (link.closest('.content, .course-handout, .limits, .story-panel')) {
      link.setAttribute('data-print-url', link.href);
    }
  });
})();
