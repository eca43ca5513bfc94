/*
 * A module's knowledge check: the learner chooses, then "Check my answers" loads the course's
 * answer key (courses/<id>-answers.js, a script so that pages opened from disk can load it; it is
 * not in the page before), shows each question's feedback in its live region, the score in the
 * status line, and saves score and attempts with the course's progress (course-progress.js).
 * "Try again" clears the choices. Text goes in through text nodes only.
 */
(() => {
  'use strict';

  const form = document.querySelector('form.knowledge-check[data-answers]');
  if (!form) {
    return;
  }
  const course = form.dataset.course;
  const module = Number(form.dataset.module);
  const passScore = Number(form.dataset.passScore) || 0;
  const max = Number(form.dataset.max);
  const root = form.dataset.root;

  let words = {};
  try {
    words = JSON.parse(form.dataset.words || '{}');
  } catch {
    words = {};
  }
  /** A word in the page's language (data-words: the theme's js.* messages; English where the page names none), its {0}, {1}... filled in. */
  const say = (key, english, ...values) => values.reduce((text, value, i) => text.split(`{${i}}`).join(String(value)),
    words[key] || english);
  const fieldsets = Array.from(form.querySelectorAll('fieldset.check-question'));
  const result = form.querySelector('.check-result');
  const submit = form.querySelector('.check-submit');
  const retry = form.querySelector('.check-retry');
  const saved = document.querySelector('.check-saved');
  const progress = window.PlaybookCourseProgress;
  const load = window.playbookLoadScript;

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

  const describe = (saving) => {
    const told = say('js.attemptsBest', 'Attempts: {0}. Best score: {1} of {2}', saving.attempts, saving.best, saving.max);
    if (passScore <= 0) {
      return `${told}.`;
    }
    return `${told}; ${saving.passed ? say('js.passedEnd', 'passed.') : say('js.notPassedYet', 'not passed yet.')}`;
  };

  const showSaved = () => {
    const known = progress.checks(course)[String(module)];
    if (known && saved) {
      saved.textContent = `${say('js.lastScore', 'Your last score: {0} of {1}.', known.score, known.max)} ${describe(known)}`;
      saved.hidden = false;
    }
  };

  const chosen = (fieldset) => Array.from(fieldset.querySelectorAll('input:checked')).map((input) => Number(input.value));

  const answerKey = () => ((window.playbookCheckAnswers || {})[course] || { checks: [] }).checks
    .find((check) => check.module === module);

  const feedbackFor = (fieldset, question, picked) => {
    const right = question.answers.map((answer, index) => (answer.correct ? index : -1)).filter((index) => index >= 0);
    const correct = right.length === picked.length && right.every((index) => picked.includes(index));
    const box = fieldset.querySelector('.check-feedback');
    const verdict = element('p', `check-verdict ${correct ? 'is-right' : 'is-wrong'}`, correct ? say('js.right', 'Right.') : say('js.notQuite', 'Not quite.'));
    const list = element('ul', 'check-feedback-list');
    picked.forEach((index) => {
      const answer = question.answers[index];
      const item = element('li', answer.correct ? 'is-right' : 'is-wrong');
      item.append(element('strong', '', `${answer.text}: `), answer.feedback);
      answer.see.forEach((link) => {
        const anchor = element('a', 'check-see', link.title);
        anchor.href = root + link.href;
        const [before, after = ''] = say('js.seeLink', 'See {0}.').split('{0}');
        item.append(' ', before, anchor, after);
      });
      list.append(item);
    });
    if (!correct) {
      const missed = right.filter((index) => !picked.includes(index)).map((index) => question.answers[index].text);
      if (missed.length > 0 && question.several) {
        list.append(element('li', 'is-missed', say('js.alsoRight', 'Also right: {0}.', missed.join('; '))));
      }
    }
    fieldset.querySelectorAll('input').forEach((input) => {
      const li = input.closest('.check-choice');
      li.classList.toggle('is-right', right.includes(Number(input.value)));
      li.classList.toggle('is-picked-wrong', input.checked && !right.includes(Number(input.value)));
      input.disabled = true;
    });
    box.replaceChildren(verdict, list);
    return correct;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const unanswered = fieldsets.find((fieldset) => chosen(fieldset).length === 0);
    if (unanswered) {
      result.textContent = say('js.answerEveryQuestion', 'Answer every question first: question {0} has no answer.',
        fieldsets.indexOf(unanswered) + 1);
      unanswered.querySelector('input').focus();
      return;
    }
    submit.disabled = true;
    (answerKey() ? Promise.resolve() : load(form.dataset.answers))
      .then(() => {
        const key = answerKey();
        if (!key) {
          throw new Error('no answers for this check');
        }
        let score = 0;
        fieldsets.forEach((fieldset, index) => {
          const question = key.questions[index];
          if (question && feedbackFor(fieldset, question, chosen(fieldset))) {
            score += 1;
          }
        });
        const saving = progress.saveCheck(course, module, score, max, passScore);
        const verdict = passScore > 0
          ? ` ${score >= passScore ? say('js.youPassed', 'You passed.') : say('js.youNeed', 'You need {0} to pass.', passScore)}` : '';
        result.textContent = `${say('js.youScored', 'You scored {0} of {1}.', score, max)}${verdict} ${describe(saving)}`
          + (saving.saved ? '' : ` ${say('js.cannotSaveResult', 'This browser does not let the page save your result.')}`);
        submit.hidden = true;
        retry.hidden = false;
        retry.focus();
      })
      .catch(() => {
        submit.disabled = false;
        result.textContent = say('js.answersNotLoaded', 'The answers could not be loaded; the check needs the course\'s answer file beside this page.');
      });
  });

  retry.addEventListener('click', () => {
    fieldsets.forEach((fieldset) => {
      fieldset.querySelectorAll('input').forEach((input) => {
        input.checked = false;
        input.disabled = false;
        input.closest('.check-choice').classList.remove('is-right', 'is-picked-wrong');
      });
      fieldset.querySelector('.check-feedback').replaceChildren();
    });
    result.textContent = '';
    showSaved();
    retry.hidden = true;
    submit.hidden = false;
    submit.disabled = false;
    fieldsets[0].querySelector('input').focus();
  });

  form.querySelectorAll('[data-needs-script]').forEach((part) => {
    part.hidden = false;
  });
  showSaved();
})();
