/*
 * A learner's progress through a course, kept in this browser (localStorage, one key per course:
 * playbook-course:<id>, the keys of the steps done). PlaybookCourseProgress is what the course
 * bar uses; on a course's overview page this script also shows a checkbox per step, the count of
 * steps done and the reset button.
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

  window.PlaybookCourseProgress = { read, write, mark, reset: (course) => write(course, new Set()) };

  const overview = document.querySelector('.course-overview[data-course]');
  if (!overview) {
    return;
  }
  const course = overview.dataset.course;
  const boxes = Array.from(overview.querySelectorAll('input.step-done[data-step-key]'));
  const summary = overview.querySelector('.course-progress-summary');
  const bar = overview.querySelector('.course-progress progress');
  const reset = overview.querySelector('.course-progress-reset');

  const show = () => {
    const done = read(course);
    let count = 0;
    boxes.forEach((box) => {
      box.checked = done.has(box.dataset.stepKey);
      box.closest('.course-step').classList.toggle('is-done', box.checked);
      count += box.checked ? 1 : 0;
    });
    summary.textContent = `${count} of ${boxes.length} steps done`;
    bar.value = count;
    reset.disabled = count === 0;
  };

  boxes.forEach((box) => {
    box.addEventListener('change', () => {
      if (!mark(course, box.dataset.stepKey, box.checked)) {
        summary.textContent = 'This browser does not let the page save your progress.';
        return;
      }
      show();
    });
  });
  reset.addEventListener('click', () => {
    window.PlaybookCourseProgress.reset(course);
    show();
    summary.textContent = `Progress reset. ${summary.textContent}`;
  });
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey(course)) {
      show();
    }
  });
  overview.querySelectorAll('[data-needs-script]').forEach((element) => {
    element.hidden = false;
  });
  show();
})();
