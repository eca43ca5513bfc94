/*
 * The course bar on a page reached from a course: the course and module, "Step 3 of 14", the
 * previous and next steps, a checkbox that marks the step done and the course's progress. Step
 * links carry ?course=<id>&step=<n>; the page lists the steps that lead to it (data-steps,
 * "course:step" pairs), so a page in one course step shows its bar without them too. The course's
 * data is courses/<id>.js, a script so that pages opened from disk can load it.
 */
(() => {
  'use strict';

  const bar = document.querySelector('.course-bar[data-steps]');
  if (!bar) {
    return;
  }
  const root = bar.dataset.root;
  const steps = bar.dataset.steps.split(' ').filter(Boolean);
  const params = new URLSearchParams(window.location.search);
  const wanted = `${params.get('course')}:${params.get('step')}`;
  const chosen = steps.find((step) => step === wanted)
    || steps.find((step) => params.get('course') && step.startsWith(`${params.get('course')}:`))
    || (steps.length === 1 ? steps[0] : null);
  if (!chosen) {
    return;
  }
  const courseId = chosen.slice(0, chosen.lastIndexOf(':'));
  const number = Number(chosen.slice(chosen.lastIndexOf(':') + 1));

  const load = window.playbookLoadScript; // load-script.js, loaded before this file

  const embedded = document.documentElement.classList.contains('embed');

  /** A step's address from this page; embedded pages keep their embed mode. */
  const stepHref = (step) => {
    let href = root + step.href;
    if (embedded) {
      const hash = href.indexOf('#');
      const [path, anchor] = hash < 0 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
      href = `${path}&embed=1${anchor}`;
    }
    return href;
  };

  const element = (name, className, text) => {
    const made = document.createElement(name);
    if (className) {
      made.className = className;
    }
    if (text !== undefined) {
      made.textContent = text;
    }
    return made;
  };

  const stepLink = (step, rel, label) => {
    const link = element('a', `course-bar-link course-bar-${rel}`);
    link.href = stepHref(step);
    link.rel = rel;
    link.append(element('span', 'course-bar-link-label', label), element('span', 'course-bar-link-title', step.title));
    return link;
  };

  const render = (course) => {
    const step = course.steps.find((candidate) => candidate.number === number);
    if (!step) {
      return;
    }
    const index = course.steps.indexOf(step);
    const progress = window.PlaybookCourseProgress;
    bar.setAttribute('aria-label', `Course: ${course.title}`);

    const head = element('p', 'course-bar-head');
    const overview = element('a', 'course-bar-course', course.title);
    overview.href = root + course.overview + (embedded ? '?embed=1' : '');
    head.append(overview, element('span', 'course-bar-module', `Module ${step.moduleNumber}: ${step.module}`));

    const position = element('p', 'course-bar-step');
    position.append(element('strong', '', `Step ${index + 1} of ${course.steps.length}`), `: ${step.title}`);

    const count = element('span', 'course-bar-count');
    const meter = element('progress', '');
    meter.max = course.steps.length;
    const label = element('label', 'course-bar-done');
    const box = element('input', '');
    box.type = 'checkbox';
    label.append(box, ' Mark this step done');
    const showProgress = () => {
      const done = progress.read(course.id);
      box.checked = done.has(step.key);
      const finished = course.steps.filter((candidate) => done.has(candidate.key)).length;
      meter.value = finished;
      count.textContent = `${finished} of ${course.steps.length} steps done`;
    };
    box.addEventListener('change', () => {
      if (!progress.mark(course.id, step.key, box.checked)) {
        count.textContent = 'This browser does not let the page save your progress.';
        return;
      }
      showProgress();
    });
    const status = element('div', 'course-bar-progress');
    status.append(label, meter, count);

    const nav = element('div', 'course-bar-nav');
    if (index > 0) {
      nav.append(stepLink(course.steps[index - 1], 'prev', 'Previous step'));
    }
    if (index + 1 < course.steps.length) {
      nav.append(stepLink(course.steps[index + 1], 'next', 'Next step'));
    } else {
      const end = element('a', 'course-bar-link course-bar-end');
      end.href = overview.href;
      end.append(element('span', 'course-bar-link-label', 'Last step'), element('span', 'course-bar-link-title', 'Back to the course overview'));
      nav.append(end);
    }

    bar.replaceChildren(head, position, status, nav);
    showProgress();
    bar.hidden = false;
    window.addEventListener('storage', showProgress);
  };

  const known = () => (window.playbookCourses || {})[courseId];
  (known() ? Promise.resolve() : load(`${root}courses/${encodeURIComponent(courseId)}.js`))
    .then(() => {
      if (known()) {
        render(known());
      }
    })
    .catch(() => {
      // Without the course's data (a page copied out of its release) the page reads on its own.
    });
})();
