// Stand-in for the search runtime: loads the manifest at once, the one term shard as soon as the
// manifest names it, and shows results: a chain of three script loads (runtime, manifest, shard) the
// benchmark must find.
(() => {
  'use strict';
  const base = document.currentScript.dataset.base;
  const input = document.querySelector('.header-tools input[type=search]');
  const list = document.getElementById('results');
  const waiting = new Map();
  const delivered = new Map();
  const loading = new Map();
  // One request per file: a key typed while a file is on its way waits for the same load.
  const load = (name, path) => {
    if (delivered.has(name)) return Promise.resolve(delivered.get(name));
    if (!loading.has(name)) {
      loading.set(name, new Promise((resolve) => {
        waiting.set(name, resolve);
        const script = document.createElement('script');
        script.src = new URL(path, base).href;
        document.head.append(script);
      }));
    }
    return loading.get(name);
  };
  const engine = {
    async rank(text) {
      const manifest = await load('manifest', 'search/manifest.js');
      const shard = await load(manifest.shard, 'search/data/' + manifest.shard + '.js');
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      return { ids: shard.docs.filter((d) => words.some((w) => d.text.includes(w))).map((d) => d.id) };
    },
    async search(text, options) {
      const ranked = await this.rank(text, options);
      const manifest = await load('manifest', 'search/manifest.js');
      const shard = await load(manifest.shard, 'search/data/' + manifest.shard + '.js');
      return { groups: [], hits: ranked.ids.map((id) => shard.docs.find((d) => d.id === id)) };
    },
  };
  window.PlaybookSearch = {
    loaded: [],
    deliver(name, data) {
      this.loaded.push(name);
      delivered.set(name, data);
      const resolve = waiting.get(name);
      if (resolve) resolve(data);
    },
    open() {
      return Promise.resolve(engine);
    },
  };
  load('manifest', 'search/manifest.js').then((manifest) => load(manifest.shard, 'search/data/' + manifest.shard + '.js'));
  let latest = 0;
  const show = async () => {
    const ticket = ++latest;
    const { hits } = await engine.search(input.value, { k: 10 });
    if (ticket !== latest) return;
    list.replaceChildren(...hits.map((hit) => {
      const option = document.createElement('li');
      option.setAttribute('role', 'option');
      option.append(document.createTextNode(hit.title));
      return option;
    }));
    list.hidden = hits.length === 0;
  };
  input.addEventListener('input', show);
  // Keys pressed while this file was loading are in the box already.
  if (input.value) show();
})();
