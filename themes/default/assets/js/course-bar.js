/*
 * The course bar on a page that is a step of a course. For a reader following the course (they
 * arrived by a step link, which carries ?course=<id>&step=<n>, or started the course earlier in
 * this tab: sessionStorage playbook-course-following), it shows the course and module, "Step 3 of
 * 14", the previous and next steps, the module's knowledge check on its last step, and a checkbox
 * that marks the step done. For anyone else (staff who opened the page from search on shift) it is
 * a quiet "Part of the course X" link. The page lists the steps that lead to it (data-steps,
 * "course:step" pairs). The course's data is courses/<id>.js, a script so that pages opened from
 * disk can load it.
 */
(() => {
  'use strict';

  const bar = document.querySelector('.course-bar[data-steps]');
  if (!bar) {
    return;
  }
  const root = bar.dataset.root;

  let words = {};
  try {
    words = JSON.parse(bar.dataset.words || '{}');
  } catch {
    words = {};
  }
  /** A word in the page's language (data-words: the theme's js.* messages; English where the page names none), its {0}, {1}... filled in. */
  const say = (key, english, ...values) => values.reduce((text, value, i) => text.split(`{${i}}`).join(String(value)),
    words[key] || english);
  const steps = bar.dataset.steps.split(' ').filter(Boolean);
  const params = new URLSearchParams(window.location.search);
  const FOLLOWING = 'playbook-course-following';
  const courseOf = (step) => step.slice(0, step.lastIndexOf(':'));
  let following = null;
  try {
    following = window.sessionStorage.getItem(FOLLOWING);
  } catch {
    // without session storage only step links mark a reader as following
  }
  const linked = params.get('course');
  const wanted = `${linked}:${params.get('step')}`;
  const chosen = (linked && (steps.find((step) => step === wanted) || steps.find((step) => courseOf(step) === linked)))
    || (following && steps.find((step) => courseOf(step) === following));

  const load = window.playbookLoadScript; // load-script.js, loaded before this file
  const known = (id) => (window.playbookCourses || {})[id];
  const loaded = (id) => (known(id) ? Promise.resolve() : load(`${root}courses/${encodeURIComponent(id)}.js`))
    .then(() => known(id));

  const embedded = document.documentElement.classList.contains('embed');

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

  if (!chosen) {
    // Not following a course: say quietly which courses the page is part of.
    const ids = Array.from(new Set(steps.map(courseOf)));
    Promise.all(ids.map((id) => loaded(id).catch(() => undefined))).then((courses) => {
      const found = courses.filter(Boolean);
      if (found.length === 0) {
        return;
      }
      const line = element('p', 'course-bar-quiet-text', `${found.length === 1 ? say('js.partOfCourse', 'Part of the course') : say('js.partOfCourses', 'Part of the courses')} `);
      found.forEach((course, index) => {
        const link = element('a', 'course-bar-course', course.title);
        link.href = root + course.overview + (embedded ? '?embed=1' : '');
        line.append(...(index > 0 ? [', ', link] : [link]));
      });
      bar.setAttribute('aria-label', say('js.courses', 'Courses'));
      bar.classList.add('is-quiet');
      bar.replaceChildren(line);
      bar.hidden = false;
    });
    return;
  }
  try {
    window.sessionStorage.setItem(FOLLOWING, courseOf(chosen));
  } catch {
    // the bar still shows on this page
  }
  const courseId = chosen.slice(0, chosen.lastIndexOf(':'));
  const number = Number(chosen.slice(chosen.lastIndexOf(':') + 1));

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
    bar.setAttribute('aria-label', say('js.courseNamed', 'Course: {0}', course.title));

    const head = element('p', 'course-bar-head');
    const overview = element('a', 'course-bar-course', course.title);
    overview.href = root + course.overview + (embedded ? '?embed=1' : '');
    head.append(overview, element('span', 'course-bar-module', say('js.moduleNamed', 'Module {0}: {1}', step.moduleNumber, step.module)));

    const position = element('p', 'course-bar-step');
    position.append(element('strong', '', say('js.stepOf', 'Step {0} of {1}', index + 1, course.steps.length)), `: ${step.title}`);

    const count = element('span', 'course-bar-count');
    const meter = element('progress', '');
    meter.max = course.steps.length;
    const label = element('label', 'course-bar-done');
    const box = element('input', '');
    box.type = 'checkbox';
    label.append(box, ` ${say('js.markStepDone', 'Mark this step done')}`);
    const showProgress = () => {
      const done = progress.read(course.id);
      box.checked = done.has(step.key);
      const finished = course.steps.filter((candidate) => done.has(candidate.key)).length;
      meter.value = finished;
      count.textContent = say('js.stepsDone', '{0} of {1} steps done', finished, course.steps.length);
    };
    box.addEventListener('change', () => {
      if (!progress.mark(course.id, step.key, box.checked)) {
        count.textContent = say('js.cannotSaveProgress', 'This browser does not let the page save your progress.');
        return;
      }
      showProgress();
    });
    const status = element('div', 'course-bar-progress');
    status.append(label, meter, count);

    const nav = element('div', 'course-bar-nav');
    if (index > 0) {
      nav.append(stepLink(course.steps[index - 1], 'prev', say('js.previousStep', 'Previous step')));
    }
    const check = (course.checks || []).find((candidate) => candidate.module === step.moduleNumber);
    const lastOfModule = index + 1 === course.steps.length || course.steps[index + 1].moduleNumber !== step.moduleNumber;
    if (check && lastOfModule) {
      const link = element('a', 'course-bar-link course-bar-check');
      link.href = root + check.href + (embedded ? '?embed=1' : '');
      link.append(element('span', 'course-bar-link-label', say('js.knowledgeCheck', 'Knowledge check')),
        element('span', 'course-bar-link-title', check.max === 1
          ? say('js.moduleCheckOneQuestion', 'Module {0} check, 1 question', step.moduleNumber)
          : say('js.moduleCheckQuestions', 'Module {0} check, {1} questions', step.moduleNumber, check.max)));
      nav.append(link);
    }
    if (index + 1 < course.steps.length) {
      nav.append(stepLink(course.steps[index + 1], 'next', say('js.nextStep', 'Next step')));
    } else {
      const end = element('a', 'course-bar-link course-bar-end');
      end.href = overview.href;
      end.append(element('span', 'course-bar-link-label', say('js.lastStep', 'Last step')),
        element('span', 'course-bar-link-title', say('js.backToOverview', 'Back to the course overview')));
      nav.append(end);
    }

    bar.replaceChildren(head, position, status, nav);
    showProgress();
    bar.hidden = false;
    window.addEventListener('storage', showProgress);
  };

  loaded(courseId)
    .then((course) => {
      if (course) {
        render(course);
      }
    })
    .catch(() => {
      // Without the course's data (a page copied out of its release) the page reads on its own.
    });
})();
