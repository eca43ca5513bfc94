/*
 * Ranks sections for groups of terms exactly as Lucene does: a section's score is the sum, over
 * the groups, of the largest impact any of the group's terms has in it; sections with no term
 * do not match; ties go to the lower section id. Integers only, so the order is exact.
 *
 * The top k come from the terms' heads (their best sections) when the heads prove them: every
 * one of the k fully known, and the k-th scoring more than anything else could. Otherwise, and
 * whenever a filter applies, the full postings of the terms whose head is not all of them are
 * loaded and every matching section scored.
 */
(() => {
  'use strict';

  const byScore = (a, b) => b.score - a.score || a.section - b.section;

  /**
   * The best k sections for {@code groups} (arrays of lexicon terms, none empty):
   * {hits: [{section, score}], total: the number of matches, or null when the heads sufficed and
   * it is unknown}. {@code postings(term)} gives a term's full list; {@code keep(section)}, when
   * given, filters the matches; {@code sections} is the number of sections in the index.
   */
  const rank = async (groups, k, { postings, sections, keep = null }) => {
    if (groups.length === 0 || k <= 0) {
      return { hits: [], total: groups.length === 0 ? 0 : null };
    }
    if (!keep) {
      let fromHeads;
      if (groups.length === 1) {
        fromHeads = groups[0].length === 1 ? oneTerm(groups[0][0], k) : oneGroup(groups[0], k);
      } else {
        fromHeads = fromAllHeads(groups, k);
      }
      if (fromHeads) {
        return fromHeads;
      }
    }
    const lists = await Promise.all(groups.map((group) => Promise.all(
      group.map((term) => (term.complete ? term.head : postings(term))))));
    return exact(lists, k, keep, sections);
  };

  /** One term: its head is its ranking. */
  const oneTerm = (term, k) => {
    const { sections, impacts } = term.head;
    if (!term.complete && k > sections.length) {
      return null;
    }
    const hits = [];
    for (let i = 0; i < Math.min(k, sections.length); i += 1) {
      hits.push({ section: sections[i], score: impacts[i] });
    }
    return { hits, total: term.df };
  };

  /**
   * One group (a word as typed and the terms it begins): a section scores its best term. Each
   * head is a prefix of its term's ranking, so a section missing from an incomplete head ranks,
   * for that term, after the head's last entry (impact, then section id). The top k are decided
   * when the k-th candidate ranks before every incomplete head's last entry: nothing missing from
   * a head can then pass it, nor raise the score of a section above it. Ties are settled by id,
   * as Lucene settles them, so flat rankings need no full postings.
   */
  const oneGroup = (group, k) => {
    const best = new Map();
    group.forEach(({ head: { sections, impacts } }) => {
      for (let i = 0; i < sections.length; i += 1) {
        best.set(sections[i], Math.max(best.get(sections[i]) ?? -1, impacts[i]));
      }
    });
    const scored = Array.from(best, ([section, score]) => ({ section, score })).sort(byScore);
    const open = group.filter((term) => !term.complete);
    if (open.length === 0) {
      return { hits: scored.slice(0, k), total: scored.length };
    }
    if (scored.length < k) {
      return null;
    }
    const last = scored[k - 1];
    const ahead = open.every(({ head: { sections, impacts } }) => {
      const end = sections.length - 1;
      return last.score > impacts[end] || (last.score === impacts[end] && last.section < sections[end]);
    });
    return ahead ? { hits: scored.slice(0, k), total: null } : null;
  };

  /**
   * The top k when the heads decide them, else null. A section's lower bound counts what the
   * heads say; its upper bound lets each group reach, where the section is missing from an
   * incomplete head, that head's lowest impact. A section in no head may reach the sum over the
   * groups of their largest such minimum.
   */
  const fromAllHeads = (groups, k) => {
    const known = new Map(); // section -> per-group best impact known (-1: none)
    groups.forEach((group, g) => group.forEach((term) => {
      const { sections, impacts } = term.head;
      for (let i = 0; i < sections.length; i += 1) {
        let best = known.get(sections[i]);
        if (!best) {
          best = new Int32Array(groups.length).fill(-1);
          known.set(sections[i], best);
        }
        best[g] = Math.max(best[g], impacts[i]);
      }
    }));
    const incomplete = groups.map((group) => group.filter((term) => !term.complete)
      .map((term) => ({ minimum: term.headMinimum, holds: new Set(term.head.sections) })));
    if (incomplete.every((list) => list.length === 0)) {
      const scored = Array.from(known, ([section, best]) => ({ section, score: sum(best) })).sort(byScore);
      return { hits: scored.slice(0, k), total: scored.length };
    }
    const unseen = incomplete.reduce((total, list) => total + Math.max(0, ...list.map((term) => term.minimum)), 0);
    const candidates = Array.from(known, ([section, best]) => {
      let upper = 0;
      best.forEach((impact, g) => {
        const missing = incomplete[g].filter((term) => !term.holds.has(section)).map((term) => term.minimum);
        upper += Math.max(impact, 0, ...missing);
      });
      return { section, score: sum(best), upper };
    }).sort(byScore);
    if (candidates.length < k) {
      return null; // an incomplete head leaves matches outside every head
    }
    const top = candidates.slice(0, k);
    const threshold = top[k - 1].score;
    const rest = candidates.slice(k).reduce((most, c) => Math.max(most, c.upper), unseen);
    if (top.some((c) => c.upper !== c.score) || threshold <= rest) {
      return null;
    }
    return { hits: top.map(({ section, score }) => ({ section, score })), total: null };
  };

  const sum = (best) => best.reduce((total, impact) => total + Math.max(impact, 0), 0);

  /** Scratch arrays over all sections, kept between queries and left zeroed (a large site has 100,000). */
  let scratch = null;
  const arrays = (count) => {
    if (!scratch || scratch.total.length !== count) {
      scratch = { total: new Int32Array(count), best: new Int32Array(count).fill(-1), seen: new Uint8Array(count) };
    }
    return scratch;
  };

  /**
   * Every matching section scored from complete lists ({sections, impacts} per term, per group),
   * the best k kept as they come (a common word on a large site matches tens of thousands).
   */
  const exact = (lists, k, keep, count) => {
    const { total, best, seen } = arrays(count);
    const matched = [];
    lists.forEach((group) => {
      const touched = [];
      group.forEach(({ sections, impacts }) => {
        for (let i = 0; i < sections.length; i += 1) {
          const section = sections[i];
          if (best[section] < 0) {
            touched.push(section);
          }
          if (impacts[i] > best[section]) {
            best[section] = impacts[i];
          }
        }
      });
      for (let i = 0; i < touched.length; i += 1) {
        const section = touched[i];
        total[section] += best[section];
        best[section] = -1;
        if (!seen[section]) {
          seen[section] = 1;
          matched.push(section);
        }
      }
    });
    const before = (a, b) => total[a] > total[b] || (total[a] === total[b] && a < b);
    const top = [];
    let kept = 0;
    for (let i = 0; i < matched.length; i += 1) {
      const section = matched[i];
      if (keep && !keep(section)) {
        continue;
      }
      kept += 1;
      if (top.length === k && !before(section, top[k - 1])) {
        continue;
      }
      let low = 0;
      let high = top.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (before(top[middle], section)) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      top.splice(low, 0, section);
      if (top.length > k) {
        top.pop();
      }
    }
    const hits = top.map((section) => ({ section, score: total[section] }));
    for (let i = 0; i < matched.length; i += 1) {
      total[matched[i]] = 0;
      seen[matched[i]] = 0;
    }
    return { hits, total: kept };
  };

  window.PlaybookSearch.ranker = Object.freeze({ rank });
})();
