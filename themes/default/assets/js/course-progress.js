/*
 * A learner's progress through a course, kept in this browser (localStorage, per course:
 * playbook-course:<id>, the keys of the steps done, and playbook-course-checks:<id>, the result of
 * each module's knowledge check by module number: {score, best, max, attempts, passed}).
 * PlaybookCourseProgress is what the course bar, the checks and a SCORM player use (see
 * docs/knowledge-checks.md); on a course's overview page this script also shows a checkbox per
 * step, the count of steps done, each check's result and the reset button.
 */
(() => {
  'use strict';

  const storageKey = (course) => `playbook-course:${course}`;

  const read = (course) => {
    try {
      const saved = JSON.parse(window.localStorage.getItem(storageKey(course)) || '[]');
      return new Set(Array.isArray(saved) ? saved.filter((key) => typeof key === 'string') : []);
    } catch {
      return new Set();
    }
  };

  const write = (course, done) => {
    try {
      if (done.size === 0) {
        window.localStorage.removeItem(storageKey(course));
      } else {
        window.localStorage.setItem(storageKey(course), JSON.stringify(Array.from(done).sort()));
      }
      return true;
    } catch {
      return false;
    }
  };

  const mark = (course, key, isDone) => {
    const done = read(course);
    if (isDone) {
      done.add(key);
    } else {
      done.delete(key);
    }
    return write(course, done);
  };

  const checksKey = (course) => `playbook-course-checks:${course}`;

  /** Each check's saved result, by module number (as a string). */
  const checks = (course) => {
    try {
      const saved = JSON.parse(window.localStorage.getItem(checksKey(course)) || '{}');
      return saved && typeof saved === 'object' && !Array.isArray(saved) ? saved : {};
    } catch {
      return {};
    }
  };

  /**
   * Records one attempt at a module's check and tells listeners (the playbook:check-finished event
   * on document). The check stays passed once passed; best is the best score so far. Returns the
   * saved result, with saved: false when the browser keeps nothing.
   */
  const saveCheck = (course, module, score, max, passScore) => {
    const all = checks(course);
    const before = all[String(module)] || {};
    const result = {
      score,
      best: Math.max(score, Number(before.best) || 0),
      max,
      attempts: (Number(before.attempts) || 0) + 1,
      passed: Boolean(before.passed) || score >= passScore,
    };
    all[String(module)] = result;
    let saved = true;
    try {
      window.localStorage.setItem(checksKey(course), JSON.stringify(all));
    } catch {
      saved = false;
    }
    document.dispatchEvent(new CustomEvent('playbook:check-finished', {
      detail: { course, module, score, max, passScore, attempts: result.attempts, passed: result.passed, best: result.best },
    }));
    return { ...result, saved };
  };

  /**
   * The course's checks together: score (the sum of each check's best), max (every check's
   * questions), passed (every check passed; a check without a pass mark passes once taken), taken
   * and count (checks taken, checks in the course). Needs the course's data (courses/<id>.js) loaded;
   * without it, only the checks taken count.
   */
  const totals = (course) => {
    const saved = checks(course);
    const data = (window.playbookCourses || {})[course];
    const list = data && Array.isArray(data.checks) ? data.checks
      : Object.keys(saved).map((module) => ({ module: Number(module), max: Number(saved[module].max) || 0 }));
    let score = 0;
    let max = 0;
    let taken = 0;
    let passed = true;
    list.forEach((check) => {
      const result = saved[String(check.module)];
      max += check.max;
      if (result) {
        taken += 1;
        score += Math.min(Number(result.best) || 0, check.max);
        passed = passed && Boolean(result.passed);
      } else {
        passed = false;
      }
    });
    return { score, max, passed: list.length > 0 && passed, taken, count: list.length };
  };

  const resetAll = (course) => {
    try {
      window.localStorage.removeItem(checksKey(course));
    } catch {
      // nothing was saved
    }
    return write(course, new Set());
  };

  window.PlaybookCourseProgress = { read, write, mark, reset: resetAll, checks, saveCheck, totals };

  const overview = document.querySelector('.course-overview[data-course]');
  if (!overview) {
    return;
  }
  const course = overview.dataset.course;

  let words = {};
  try {
    words = JSON.parse(overview.dataset.words || '{}');
  } catch {
    words = {};
  }
  /** A word in the page's language (data-words: the theme's js.* messages; English where the page names none), its {0}, {1}... filled in. */
  const say = (key, english, ...values) => values.reduce((text, value, i) => text.split(`{${i}}`).join(String(value)),
    words[key] || english);
  const boxes = Array.from(overview.querySelectorAll('input.step-done[data-step-key]'));
  const summary = overview.querySelector('.course-progress-summary');
  const bar = overview.querySelector('.course-progress progress');
  const reset = overview.querySelector('.course-progress-reset');

  const checkResults = Array.from(overview.querySelectorAll('.course-check-result[data-module]'));

  const show = () => {
    const results = checks(course);
    checkResults.forEach((element) => {
      const result = results[element.dataset.module];
      element.textContent = result
        ? [say('js.bestOf', 'Best {0} of {1}', result.best, result.max),
          result.attempts === 1 ? say('js.oneAttempt', '1 attempt') : say('js.attempts', '{0} attempts', result.attempts),
          ...(result.passed ? [say('js.passed', 'passed')] : [])].join(', ')
        : say('js.notTakenYet', 'Not taken yet');
    });
    const done = read(course);
    let count = 0;
    boxes.forEach((box) => {
      box.checked = done.has(box.dataset.stepKey);
      box.closest('.course-step').classList.toggle('is-done', box.checked);
      count += box.checked ? 1 : 0;
    });
    summary.textContent = say('js.stepsDone', '{0} of {1} steps done', count, boxes.length);
    bar.value = count;
    reset.disabled = count === 0 && Object.keys(results).length === 0;
  };

  boxes.forEach((box) => {
    box.addEventListener('change', () => {
      if (!mark(course, box.dataset.stepKey, box.checked)) {
        summary.textContent = say('js.cannotSaveProgress', 'This browser does not let the page save your progress.');
        return;
      }
      show();
    });
  });
  reset.addEventListener('click', () => {
    resetAll(course);
    show();
    summary.textContent = `${say('js.progressReset', 'Progress reset.')} ${summary.textContent}`;
  });
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey(course) || event.key === checksKey(course)) {
      show();
    }
  });
  overview.querySelectorAll('[data-needs-script]').forEach((element) => {
    element.hidden = false;
  });
  show();
})();
