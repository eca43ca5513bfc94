/*
 * The search export's files, as the browser gets them. Each is a script that calls
 * PlaybookSearch.deliver(name, data): fetch() is refused on file://, a <script src> is not.
 * PlaybookSearch.loaded lists the names delivered, in order. Integers inside strings are
 * CompactInts (SearchExport's CompactInts.java): 64 digits, five payload bits per continuation digit.
 * First of the search scripts: the others, and the data files, need PlaybookSearch.deliver.
 */
(() => {
  'use strict';

  const search = window.PlaybookSearch || (window.PlaybookSearch = {});
  if (search.files) {
    return; // loaded twice (search.html and the header box): keep the first, which holds the data
  }
  const delivered = new Map(); // name -> data, for files that arrived before anyone asked
  const waiting = new Map(); // name -> {promise, resolve, reject}

  search.loaded = search.loaded || [];

  // Every release's manifest is called "manifest": it is known by its address instead, so the
  // search page can open older releases beside the one being read.
  const keyOf = (name, url) => (name === 'manifest' && url ? new URL(url, document.baseURI).href : name);

  search.deliver = (name, data) => {
    search.loaded.push(name);
    const script = document.currentScript;
    const key = keyOf(name, script && script.src);
    const wait = waiting.get(key);
    if (wait) {
      wait.resolve(data);
    } else {
      delivered.set(key, data);
    }
  };

  /** The data of the file {@code name} at {@code url}; the file is loaded once. */
  const load = (file, url) => {
    const name = keyOf(file, url);
    if (delivered.has(name)) {
      const data = delivered.get(name);
      delivered.delete(name);
      const done = Promise.resolve(data);
      waiting.set(name, { promise: done });
      return done;
    }
    if (waiting.has(name)) {
      return waiting.get(name).promise;
    }
    const wait = {};
    wait.promise = new Promise((resolve, reject) => {
      wait.resolve = resolve;
      wait.reject = reject;
    });
    waiting.set(name, wait);
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.addEventListener('error', () => {
      waiting.delete(name); // a later search may try again
      wait.reject(new Error(`search: cannot load ${url}`));
    });
    script.addEventListener('load', () => script.remove());
    document.head.appendChild(script);
    return wait.promise;
  };

  const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  const VALUE = new Int8Array(128).fill(-1);
  for (let i = 0; i < DIGITS.length; i += 1) {
    VALUE[DIGITS.charCodeAt(i)] = i;
  }

  /** The integers written in a CompactInts string, as an Int32Array. */
  const ints = (text) => {
    const out = new Int32Array(text.length);
    let count = 0;
    let acc = 0;
    let shift = 0;
    for (let i = 0; i < text.length; i += 1) {
      const digit = VALUE[text.charCodeAt(i)];
      if (digit >= 32) {
        acc |= (digit - 32) << shift;
        shift += 5;
      } else {
        out[count] = acc | (digit << shift);
        count += 1;
        acc = 0;
        shift = 0;
      }
    }
    return out.subarray(0, count);
  };

  search.files = Object.freeze({ load, ints });
})();
