/*
 * Live reload for `playbook serve` (the server adds this script to the pages it serves; built
 * files never carry it). It listens to the server's events: a newer build reloads the page,
 * keeping its scroll position; errors show as an overlay over the last good build.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var build = Number(new URL(script.src).searchParams.get('build'));
  var scrollKey = 'playbook-serve-scroll:' + location.pathname;
  var overlayId = 'playbook-serve-overlay';
  var dismissed = '';

  function restoreScroll() {
    var saved;
    try {
      saved = sessionStorage.getItem(scrollKey);
      sessionStorage.removeItem(scrollKey);
    } catch (e) {
      return;
    }
    if (saved !== null) {
      // Instantly: the theme scrolls smoothly, which would replay the way down on every save.
      var to = { top: Number(saved), behavior: 'instant' };
      window.scrollTo(to);
      // Images and fonts may still move the page once loaded.
      window.addEventListener('load', function () { window.scrollTo(to); });
    }
  }

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, String(window.scrollY));
    } catch (e) {
      // Private mode: reload without keeping the place.
    }
    location.reload();
  }

  function addStylesheet() {
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/_playbook/live.css';
    document.head.appendChild(link);
  }

  function removeOverlay() {
    var old = document.getElementById(overlayId);
    if (old) {
      old.remove();
    }
  }

  function showErrors(state) {
    var key = state.errors.map(function (e) { return e.text; }).join('\n');
    if (state.errors.length === 0 || key === dismissed) {
      removeOverlay();
      return;
    }
    removeOverlay();
    var overlay = document.createElement('section');
    overlay.id = overlayId;
    overlay.className = 'playbook-serve-overlay';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', overlayId + '-title');
    overlay.setAttribute('aria-describedby', overlayId + '-note');

    var title = document.createElement('h2');
    title.id = overlayId + '-title';
    title.textContent = state.errors.length === 1 ? 'The playbook has 1 error' : 'The playbook has ' + state.errors.length + ' errors';
    var note = document.createElement('p');
    note.id = overlayId + '-note';
    note.textContent = 'This page shows the last good build. Fix the files below and save; this message goes away by itself.';
    var list = document.createElement('ul');
    state.errors.forEach(function (error) {
      var item = document.createElement('li');
      var at = document.createElement('code');
      at.textContent = error.at;
      item.appendChild(at);
      item.appendChild(document.createTextNode(': ' + error.message));
      list.appendChild(item);
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'playbook-serve-close';
    close.textContent = 'Dismiss';
    close.addEventListener('click', function () {
      dismissed = key;
      removeOverlay();
    });
    overlay.appendChild(title);
    overlay.appendChild(note);
    overlay.appendChild(list);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
    close.focus({ preventScroll: true });
  }

  function listen() {
    var events = new EventSource('/_playbook/events');
    events.addEventListener('state', function (event) {
      var state = JSON.parse(event.data);
      if (state.build !== build) {
        events.close();
        reload();
        return;
      }
      showErrors(state);
    });
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && document.getElementById(overlayId)) {
      var button = document.querySelector('#' + overlayId + ' .playbook-serve-close');
      if (button) {
        button.click();
      }
    }
  });

  addStylesheet();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', restoreScroll);
  } else {
    restoreScroll();
  }
  listen();
}());
