/*
 * PlaybookSearch.open(root): the search engine of the release at root ("./", "../", or an
 * absolute URL ending in "/"), answering from the static export with no server.
 *
 *   engine.rank(text, {k = 10, prefix = false, type = null, tag = null})
 *     -> {groups: [[term, ...], ...], hits: [{section, score}], total: matches or null}
 *   engine.search(text, {k = 10, prefix = true, type, tag})
 *     -> {groups, prefix, total, hits: [{section, score, page, title, url, heading, type, crumb,
 *        tags, snippet}], suggestions: [term, ...]}
 *
 * The query's groups: each distinct term of the analysed text is a group of its own. In prefix
 * mode (as you type: prefix is true and the text does not end in white space) the last word, the
 * last run of letters, digits and apostrophes, makes the last group: its last term and up to five
 * index terms that start with the word (most sections first); its other terms (the bigrams of a
 * Japanese phrase typed without spaces) are groups of their own. Ranking: see ranker.js.
 */
(() => {
  'use strict';

  const search = window.PlaybookSearch;
  const { files, ranker, Lexicon } = search;

  const EXPANSIONS = 5;
  const SUGGESTIONS = 5;
  const WORDS = /[\p{L}\p{N}'\u2019]+/gu;

  class Engine {
    constructor(manifest, root) {
      this.manifest = manifest;
      this.root = root;
      this.lexicon = new Lexicon(manifest, root);
      this.cache = new Map(); // file name -> Promise<data>
    }

    data(name) {
      if (!this.cache.has(name)) {
        this.cache.set(name, files.load(name, `${this.root}search/data/${name}.js`));
      }
      return this.cache.get(name);
    }

    /** The manifest's analysis (analyzer.js lists them; manifests before it had only en and es, as their language). */
    get analysis() {
      return this.manifest.analysis || this.manifest.language;
    }

    analyze(text) {
      return window.PlaybookAnalyzer.analyze(this.analysis, text);
    }

    /** The query's groups of terms, and the typed prefix (lower case) in prefix mode. */
    async groups(text, prefix) {
      text = String(text);
      const words = Array.from(text.matchAll(WORDS));
      const last = prefix && !/\s$/u.test(text) && words.length ? words[words.length - 1] : null;
      const lastTerms = last ? this.analyze(last[0]) : [];
      const own = lastTerms.slice(-1);
      const others = this.analyze(last ? `${text.slice(0, last.index)} ${text.slice(last.index + last[0].length)}` : text)
        .concat(lastTerms.slice(0, -1));
      // Every shard the query needs is asked for at once; a failure surfaces where the term is looked up.
      own.concat(others).forEach((term) => this.lexicon.shard(this.lexicon.shardOf(term)).catch(() => {}));
      const typed = last ? last[0].toLowerCase() : null;
      // After other words, a last word of one or two letters stands for itself only: expanding it
      // would pull in the full postings of the commonest terms while the word is still being typed.
      const expands = last && typed.length >= (others.length ? 3 : 1);
      const lastGroup = last ? Array.from(new Set(own.concat(expands ? await this.lexicon.expand(typed, EXPANSIONS) : []))) : [];
      const seen = new Set(lastGroup);
      const groups = others.filter((term) => !seen.has(term) && seen.add(term)).map((term) => [term]);
      if (lastGroup.length) {
        groups.push(lastGroup);
      }
      return { groups, typed };
    }

    /** The groups' terms as lexicon entries, absent terms left out, empty groups dropped. */
    async entries(groups) {
      const found = await Promise.all(groups.map((group) => Promise.all(group.map((term) => this.lexicon.term(term)))));
      return found.map((group) => group.filter(Boolean)).filter((group) => group.length);
    }

    async postings(term) {
      const data = await this.data(this.manifest.postings[term.full]);
      if (!data.index) {
        data.index = new Map(data.terms.map((t, i) => [t, i]));
      }
      const at = data.index.get(term.term);
      const pairs = files.ints(data.postings[at]);
      const values = files.ints(data.impacts[at]); // the term's distinct impacts; a posting names one by rank
      const sections = new Int32Array(pairs.length / 2);
      const impacts = new Int32Array(pairs.length / 2);
      let section = 0;
      for (let i = 0; i < sections.length; i += 1) {
        section += pairs[2 * i];
        sections[i] = section;
        impacts[i] = values[pairs[2 * i + 1]];
      }
      return { sections, impacts };
    }

    /** A test on sections for a page type (id) and tag (name), or null when neither is given. */
    async filter(type, tag) {
      if (type == null && tag == null) {
        return null;
      }
      const typeIndex = type == null ? -1 : this.manifest.types.findIndex(([id]) => id === type);
      const tagIndex = tag == null ? -1 : this.manifest.tags.indexOf(tag);
      if ((type != null && typeIndex < 0) || (tag != null && tagIndex < 0)) {
        return () => false;
      }
      const facets = await this.data(this.manifest.facets);
      if (!facets.pageOf) {
        facets.pageOf = new Int32Array(this.manifest.sections);
        let section = 0;
        files.ints(facets.sectionsPerPage).forEach((count, page) => {
          facets.pageOf.fill(page, section, section + count);
          section += count;
        });
        facets.types = files.ints(facets.pageTypes);
        facets.tags = facets.pageTags.map((list) => files.ints(list));
      }
      return (section) => {
        const page = facets.pageOf[section];
        return (typeIndex < 0 || facets.types[page] === typeIndex) && (tagIndex < 0 || facets.tags[page].includes(tagIndex));
      };
    }

    async ranked(text, { k = 10, prefix = false, type = null, tag = null } = {}) {
      const [{ groups, typed }, keep] = await Promise.all([this.groups(text, prefix), this.filter(type, tag)]);
      const entries = await this.entries(groups);
      const { hits, total } = await ranker.rank(entries, k, {
        postings: (term) => this.postings(term), sections: this.manifest.sections, keep,
      });
      return { groups, typed, entries, hits, total };
    }

    async rank(text, options = {}) {
      const { groups, hits, total } = await this.ranked(text, options);
      return { groups, hits, total };
    }

    async search(text, options = {}) {
      const ranked = await this.ranked(text, { prefix: true, ...options });
      const hits = await this.display(ranked.hits, ranked.entries.flat());
      let suggestions = [];
      if (hits.length === 0) {
        const words = Array.from(String(text).matchAll(WORDS), (m) => m[0].toLowerCase());
        suggestions = this.lexicon.near(Array.from(new Set(words.concat(this.analyze(text)))), SUGGESTIONS);
      }
      return { groups: ranked.groups, prefix: ranked.typed, total: ranked.total, hits, suggestions };
    }

    /**
     * Page, section and a passage for each hit: the passage around the query term that weighs most
     * in the section when a loaded shard shows one, else the section's opening from its block.
     */
    async display(hits, terms) {
      const shown = new Map(); // section -> {impact, text, table}
      terms.forEach((term) => term.shown.forEach(([section, text, doc], rank) => {
        const impact = term.head.impacts[rank];
        const before = shown.get(section);
        if (!before || impact > before.impact) {
          shown.set(section, { impact, text, table: term.shard.data, doc });
        }
      }));
      const blocks = new Map();
      hits.filter((hit) => !shown.has(hit.section)).forEach((hit) => {
        const index = this.blockOf(hit.section);
        if (!blocks.has(index)) {
          blocks.set(index, this.data(this.manifest.blocks[index]));
        }
      });
      const loaded = new Map(await Promise.all(Array.from(blocks, async ([index, data]) => [index, await data])));
      return hits.map(({ section, score }) => {
        const found = shown.get(section);
        if (found) {
          return this.hit(section, score, found.table, found.doc, found.text);
        }
        const block = loaded.get(this.blockOf(section));
        const doc = section - block.first;
        return this.hit(section, score, block, doc, block.leads[doc]);
      });
    }

    blockOf(section) {
      const first = this.manifest.blockFirst;
      let low = 0;
      let high = first.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (first[middle] <= section) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return low;
    }

    hit(section, score, table, doc, snippet) {
      const [, pageLocal, anchor, heading] = table.docs[doc];
      const [page, title, url, type, crumb, tags, id] = table.pages[pageLocal];
      return {
        section,
        score,
        page,
        id,
        title,
        url: anchor ? `${url}#${anchor}` : url,
        heading,
        type: (this.manifest.types[type] || [''])[0],
        crumb,
        tags: tags.map((tag) => this.manifest.tags[tag]),
        snippet,
      };
    }

    /** The title of one page of a type ("Story"), by id; manifest types are [id, plural, singular]. */
    typeTitle(id) {
      const found = this.manifest.types.find(([typeId]) => typeId === id);
      return found ? found[2] || found[1] : id;
    }
  }

  const engines = new Map();

  search.open = (root = './') => {
    const base = root === '' || root.endsWith('/') ? root : `${root}/`;
    if (!engines.has(base)) {
      // The export's analysis (analysis/ID.js) is loaded before the first query is cut.
      const opening = files.load('manifest', `${base}search/manifest.js`)
        .then((manifest) => window.PlaybookAnalyzer.load(manifest.analysis || manifest.language).then(() => new Engine(manifest, base)));
      opening.catch(() => engines.delete(base));
      engines.set(base, opening);
    }
    return engines.get(base);
  };
})();
