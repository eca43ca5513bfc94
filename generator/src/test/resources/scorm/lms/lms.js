/*
 * The test LMS: scorm-again's runtime for the edition in ?scorm= (1.2 or 2004), every call the
 * course makes recorded in sessionStorage (lms-calls, so calls made while the page unloads are
 * still there after a reload), and the values committed kept (lms-values) and loaded into the
 * next session's runtime before it starts, as a learning system restores an attempt.
 */
(() => {
  'use strict';

  const v2004 = new URLSearchParams(window.location.search).get('scorm') === '2004';
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
  // eslint-disable-next-line no-undef
  const api = v2004 ? new Scorm2004API(settings) : new Scorm12API(settings);
  const names = v2004 ? ['Initialize', 'SetValue', 'Commit', 'Terminate'] : ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'];
  const read = (key, empty) => JSON.parse(window.sessionStorage.getItem(key) || empty);
  const calls = read('lms-calls', '[]');
  const committed = read('lms-values', '{}');
  const pending = { ...committed };
  const record = (call) => {
    calls.push(call);
    window.sessionStorage.setItem('lms-calls', JSON.stringify(calls));
  };

  // What the learning system kept of the last session, loaded before the course starts.
  const kept = {};
  Object.keys(committed).forEach((element) => {
    if (/(session_time|\.exit|progress_measure)$/.test(element)) {
      return;
    }
    const path = element.split('.').slice(1);
    let node = kept;
    path.slice(0, -1).forEach((part) => {
      node[part] = node[part] || {};
      node = node[part];
    });
    node[path[path.length - 1]] = committed[element];
  });
  if (Object.keys(kept).length > 0) {
    api.loadFromJSON(kept);
  }

  api.on(names[0], () => record([names[0]]));
  api.on(`${names[1]}.cmi.*`, (element, value) => {
    record([names[1], element, String(value)]);
    pending[element] = String(value);
  });
  api.on(names[2], () => {
    record([names[2]]);
    window.sessionStorage.setItem('lms-values', JSON.stringify(pending));
  });
  api.on(names[3], () => record([names[3]]));
  if (v2004) {
    window.API_1484_11 = api;
  } else {
    window.API = api;
  }
  window.lms = { api, calls, committed, restored: Object.keys(kept).length > 0 };
  window.addEventListener('DOMContentLoaded', () => {
    document.getElementById('sco').src = 'package/course-player.html';
  });
})();
