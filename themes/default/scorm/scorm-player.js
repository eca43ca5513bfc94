/*
 * The course player of a SCORM package: shows one item of the course (a step's page or a
 * module's knowledge check) at a time in the frame, with Previous and Next, and reports to the
 * learning system when there is one (found as ADL describes: window.API for SCORM 1.2,
 * window.API_1484_11 for 2004, in this window's parents up to 7 levels, then in its opener's):
 * the place (lesson_location / cmi.location: the item's number), what was seen and each check's
 * result (suspend_data), the status (incomplete; completed once every item was seen and every
 * check taken, or passed/failed when the course has checks), the score of the checks, the
 * session's time, committed after each change and finished on leaving. Without a learning system
 * (a package opened from disk) it is a plain course player. Text goes in through text nodes only.
 */
(() => {
  'use strict';

  const player = document.querySelector('.scorm-player[data-course]');
  if (!player) {
    return;
  }
  const course = player.dataset.course;
  let words = {};
  try {
    words = JSON.parse(player.dataset.words || '{}');
  } catch {
    words = {};
  }
  /** A word in the package's language (data-words; English where the page names none), its {0}, {1}... filled in. */
  const say = (key, english, ...values) => values.reduce((text, value, i) => text.split(`{${i}}`).join(String(value)),
    words[key] || english);
  const version = player.dataset.scorm;
  const links = Array.from(player.querySelectorAll('a.player-item[data-index]'));
  const frame = player.querySelector('iframe.player-frame');
  const previous = player.querySelector('.player-prev');
  const next = player.querySelector('.player-next');
  const status = player.querySelector('.player-status');
  const checksKey = `playbook-course-checks:${course}`;
  const started = Date.now();

  /* The ADL algorithm: up the parents (at most 7), then the opener and its parents. */
  const scan = (start, name) => {
    let win = start;
    try {
      for (let tries = 0; !win[name] && win.parent && win.parent !== win && tries < 7; tries += 1) {
        win = win.parent;
      }
      return win[name] || null;
    } catch {
      return null; // a frame of another origin: no API reachable this way
    }
  };
  const findApi = (name) => scan(window, name) || (window.opener ? scan(window.opener, name) : null);

  /* One vocabulary over both editions. */
  const runtime = (() => {
    if (version === '2004') {
      const api = findApi('API_1484_11');
      return api && {
        init: () => api.Initialize(''),
        get: (key) => String(api.GetValue(key) || ''),
        set: (key, value) => api.SetValue(key, String(value)),
        commit: () => api.Commit(''),
        finish: () => api.Terminate(''),
        keys: { location: 'cmi.location', suspend: 'cmi.suspend_data', exit: 'cmi.exit', time: 'cmi.session_time' },
      };
    }
    const api = findApi('API');
    return api && {
      init: () => api.LMSInitialize(''),
      get: (key) => String(api.LMSGetValue(key) || ''),
      set: (key, value) => api.LMSSetValue(key, String(value)),
      commit: () => api.LMSCommit(''),
      finish: () => api.LMSFinish(''),
      keys: { location: 'cmi.core.lesson_location', suspend: 'cmi.suspend_data', exit: 'cmi.core.exit', time: 'cmi.core.session_time' },
    };
  })();
  const connected = Boolean(runtime) && String(runtime.init()) === 'true';

  const pad = (number, width) => String(number).padStart(width, '0');

  /* SCORM 1.2: HHHH:MM:SS.SS. */
  const timespan12 = (millis) => {
    const centis = Math.floor(millis / 10);
    const hours = Math.min(9999, Math.floor(centis / 360000));
    const minutes = Math.floor(centis / 6000) % 60;
    const seconds = Math.floor(centis / 100) % 60;
    return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centis % 100, 2)}`;
  };

  /* SCORM 2004: an ISO 8601 duration, PT1H2M3.45S. */
  const duration2004 = (millis) => {
    const centis = Math.floor(millis / 10);
    const hours = Math.floor(centis / 360000);
    const minutes = Math.floor(centis / 6000) % 60;
    const seconds = (centis % 6000) / 100;
    return `PT${hours}H${minutes}M${seconds.toFixed(2)}S`;
  };

  const readChecks = () => {
    try {
      const saved = JSON.parse(window.localStorage.getItem(checksKey) || '{}');
      return saved && typeof saved === 'object' && !Array.isArray(saved) ? saved : {};
    } catch {
      return {};
    }
  };

  const writeChecks = (checks) => {
    try {
      window.localStorage.setItem(checksKey, JSON.stringify(checks));
    } catch {
      // the browser keeps nothing: the learning system still has the results
    }
  };

  const seen = new Set();
  let current = 0;
  let complete = false;
  let finished = false;
  let known = {};

  /* suspend_data: {"v":1,"seen":"0110…","checks":{"1":{score,best,max,attempts,passed}}}; 4,096 characters in 1.2. */
  const restore = () => {
    let saved = {};
    try {
      saved = JSON.parse(runtime.get(runtime.keys.suspend) || '{}') || {};
    } catch {
      saved = {};
    }
    if (typeof saved.seen === 'string') {
      Array.from(saved.seen).forEach((bit, index) => {
        if (bit === '1' && index < links.length) {
          seen.add(index);
        }
      });
    }
    if (saved.checks && typeof saved.checks === 'object') {
      known = { ...saved.checks };
      writeChecks({ ...readChecks(), ...known });
    }
    const location = Number.parseInt(runtime.get(runtime.keys.location), 10);
    return Number.isInteger(location) && location >= 1 && location <= links.length ? location - 1 : 0;
  };

  /* The checks together, as course-progress.js counts them (checks the course data lists). */
  const totals = () => {
    const progress = window.PlaybookCourseProgress;
    if (progress && typeof progress.totals === 'function') {
      return progress.totals(course);
    }
    return { score: 0, max: 0, passed: false, taken: 0, count: 0 };
  };

  const report = () => {
    if (!connected || finished) {
      return;
    }
    // Results the session knows (from the learning system, or taken here) win over a browser that lost them.
    known = { ...known, ...readChecks() };
    writeChecks(known);
    const checks = totals();
    const checksDone = checks.count === 0 || checks.taken === checks.count;
    complete = complete || (seen.size === links.length && checksDone);
    const graded = checks.count > 0 && checks.taken > 0;
    const outcome = checks.count > 0 && checksDone ? (checks.passed ? 'passed' : 'failed') : '';
    if (version === '2004') {
      runtime.set('cmi.completion_status', complete ? 'completed' : 'incomplete');
      runtime.set('cmi.success_status', outcome || 'unknown');
      runtime.set('cmi.progress_measure', (seen.size / links.length).toFixed(2));
      if (graded) {
        runtime.set('cmi.score.min', 0);
        runtime.set('cmi.score.max', checks.max);
        runtime.set('cmi.score.raw', checks.score);
        runtime.set('cmi.score.scaled', checks.max > 0 ? (checks.score / checks.max).toFixed(4) : 0);
      }
    } else {
      runtime.set('cmi.core.lesson_status', complete ? (outcome || 'completed') : 'incomplete');
      if (graded) {
        runtime.set('cmi.core.score.min', 0);
        runtime.set('cmi.core.score.max', checks.max);
        runtime.set('cmi.core.score.raw', checks.score);
      }
    }
    runtime.set(runtime.keys.location, current + 1);
    runtime.set(runtime.keys.suspend, JSON.stringify({
      v: 1,
      seen: links.map((link, index) => (seen.has(index) ? '1' : '0')).join(''),
      checks: known,
    }));
    runtime.set(runtime.keys.exit, 'suspend');
    runtime.commit();
  };

  const show = (index, load) => {
    current = Math.max(0, Math.min(links.length - 1, index));
    seen.add(current);
    links.forEach((link, at) => {
      if (at === current) {
        link.setAttribute('aria-current', 'step');
      } else {
        link.removeAttribute('aria-current');
      }
      link.classList.toggle('is-seen', seen.has(at));
    });
    if (load && frame) {
      frame.src = links[current].getAttribute('href');
    }
    previous.disabled = current === 0;
    next.disabled = current === links.length - 1;
    status.textContent = say('js.itemOf', '{0} of {1}: {2}', current + 1, links.length, links[current].textContent);
    report();
  };

  /* Which item the frame shows after a link inside it was followed (same origin only: over HTTP). */
  const followFrame = () => {
    let here;
    try {
      here = new URL(frame.contentWindow.location.href);
    } catch {
      return; // opened from disk, each file is an origin of its own: the list and buttons still say where
    }
    const index = links.findIndex((link) => {
      const target = new URL(link.href);
      return target.pathname === here.pathname && (target.hash === here.hash || !target.hash);
    });
    if (index >= 0 && index !== current) {
      show(index, false);
    }
    try {
      frame.contentDocument.addEventListener('playbook:check-finished', report);
    } catch {
      // another origin: the storage event below still tells
    }
  };

  links.forEach((link, index) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      show(index, true);
    });
  });
  previous.addEventListener('click', () => show(current - 1, true));
  next.addEventListener('click', () => show(current + 1, true));
  if (frame) {
    frame.addEventListener('load', followFrame);
  }
  window.addEventListener('storage', (event) => {
    if (event.key === checksKey) {
      report();
    }
  });

  const leave = () => {
    if (!connected || finished) {
      return;
    }
    report();
    runtime.set(runtime.keys.time, version === '2004' ? duration2004(Date.now() - started) : timespan12(Date.now() - started));
    runtime.commit();
    finished = true;
    runtime.finish();
  };
  window.addEventListener('pagehide', leave);
  window.addEventListener('beforeunload', leave);

  player.querySelectorAll('[data-needs-script]').forEach((part) => {
    part.hidden = false;
  });
  if (links.length === 0) {
    return;
  }
  if (connected) {
    const entry = runtime.get(version === '2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status');
    complete = entry === 'completed' || entry === 'passed' || entry === 'failed';
    const at = restore();
    show(at, at !== 0);
  } else {
    show(0, false);
  }
})();
