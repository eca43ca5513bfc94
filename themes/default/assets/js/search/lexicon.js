/*
 * The index's terms, read from the term shards: which shard holds a term (each holds a sorted
 * range, manifest.shardFirst[i] <= term < shardFirst[i + 1], compared as JavaScript and Java
 * compare strings, by UTF-16 unit), a term's sections-holding count, head and display passages,
 * the terms that start with a prefix, and the terms close to a misspelt word.
 */
(() => {
  'use strict';

  const { files } = window.PlaybookSearch;

  /** A term as one shard describes it; its head is decoded on first use. */
  class Term {
    constructor(shard, position) {
      this.shard = shard;
      this.position = position;
      this.term = shard.data.terms[position];
      this.df = shard.data.df[position];
      this.full = shard.data.full[position];
      this.decoded = null;
    }

    /** Sections and impacts, best first (impact down, section up), as Lucene ranks this one term. */
    get head() {
      if (!this.decoded) {
        const pairs = files.ints(this.shard.data.heads[this.position]);
        const sections = new Int32Array(pairs.length / 2);
        const impacts = new Int32Array(pairs.length / 2);
        let impact = 0;
        for (let i = 0; i < sections.length; i += 1) {
          sections[i] = pairs[2 * i];
          impact = i === 0 ? pairs[1] : impact - pairs[2 * i + 1];
          impacts[i] = impact;
        }
        this.decoded = { sections, impacts };
      }
      return this.decoded;
    }

    /** Whether the head holds every section with the term. */
    get complete() {
      return this.df <= this.head.sections.length;
    }

    /** The lowest impact in the head: no section outside it scores more for this term. */
    get headMinimum() {
      const { impacts } = this.head;
      return impacts.length ? impacts[impacts.length - 1] : 0;
    }

    /** [section, text] of the passages shown for the term's best sections, in head order. */
    get shown() {
      const docs = this.shard.data.docs;
      return this.shard.data.shown[this.position].map(([doc, text]) => [docs[doc][0], text, doc]);
    }
  }

  /** One loaded term shard. */
  class Shard {
    constructor(index, data) {
      this.index = index;
      this.data = data;
      this.positions = new Map(data.terms.map((term, i) => [term, i]));
      this.terms = new Map();
    }

    get(term) {
      if (!this.terms.has(term)) {
        const position = this.positions.get(term);
        this.terms.set(term, position === undefined ? null : new Term(this, position));
      }
      return this.terms.get(term);
    }
  }

  class Lexicon {
    constructor(manifest, root) {
      this.manifest = manifest;
      this.root = root;
      this.shards = new Map(); // index -> Promise<Shard>
      this.ready = new Map(); // index -> Shard, once loaded
    }

    /** The index of the shard whose range holds {@code term}. */
    shardOf(term) {
      const first = this.manifest.shardFirst;
      let low = 0;
      let high = first.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (first[middle] <= term) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return low;
    }

    shard(index) {
      if (!this.manifest.shards.length) {
        // An export of no sections (a language nothing is translated into yet) has no shards: no term is in it.
        return Promise.resolve(new Shard(0, { terms: [], df: [], full: [], heads: [], shown: [], docs: [] }));
      }
      if (!this.shards.has(index)) {
        const name = this.manifest.shards[index];
        this.shards.set(index, files.load(name, `${this.root}search/data/${name}.js`).then((data) => {
          const shard = new Shard(index, data);
          this.ready.set(index, shard);
          return shard;
        }));
      }
      return this.shards.get(index);
    }

    /** The term's entry, or null when no section holds it. */
    async term(term) {
      return (await this.shard(this.shardOf(term))).get(term);
    }

    /**
     * Up to {@code limit} terms that start with {@code prefix}, most sections first, then in term
     * order; from the shard holding the prefix and, when the next shard's range starts with the
     * prefix too, that one.
     */
    async expand(prefix, limit) {
      const index = this.shardOf(prefix);
      const wanted = [index];
      const next = this.manifest.shardFirst[index + 1];
      if (next !== undefined && next.startsWith(prefix)) {
        wanted.push(index + 1);
      }
      const found = [];
      for (const shard of await Promise.all(wanted.map((i) => this.shard(i)))) {
        const terms = shard.data.terms;
        for (let i = lowerBound(terms, prefix); i < terms.length && terms[i].startsWith(prefix); i += 1) {
          found.push(shard.get(terms[i]));
        }
      }
      found.sort((a, b) => b.df - a.df || compare(a.term, b.term));
      return found.slice(0, limit).map((entry) => entry.term);
    }

    /**
     * Terms of the shards loaded so far that are one edit (insertion, deletion, substitution or
     * transposition) from one of {@code words} or that start with it, most sections first.
     */
    near(words, limit) {
      const found = new Map();
      for (const shard of this.ready.values()) {
        shard.data.terms.forEach((term, i) => {
          if (!words.includes(term) && words.some((word) => (word.length > 1 && term.startsWith(word)) || oneEdit(word, term))) {
            found.set(term, shard.data.df[i]);
          }
        });
      }
      return Array.from(found).sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).slice(0, limit).map(([term]) => term);
    }
  }

  const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  const lowerBound = (sorted, value) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle] < value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  };

  /** Whether one insertion, deletion, substitution or swap of neighbours turns a into b. */
  const oneEdit = (a, b) => {
    if (a === b || Math.abs(a.length - b.length) > 1) {
      return false;
    }
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) {
      start += 1;
    }
    const restA = a.slice(start + 1);
    const restB = b.slice(start + 1);
    if (a.length === b.length) {
      return restA === restB || (a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2));
    }
    return a.length < b.length ? a.slice(start) === restB : restA === b.slice(start);
  };

  window.PlaybookSearch.Lexicon = Lexicon;
})();
