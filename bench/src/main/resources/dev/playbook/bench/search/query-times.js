// Times the engine on warm data: every query once untimed (loading what it needs), then each query
// through engine.search and through engine.rank, one at a time, with performance.now(). Without a k
// in the options, as many hits as the header box asks for (the manifest's "shown").
const [root, queries, given, done] = arguments;
(async () => {
  const engine = await PlaybookSearch.open(root);
  const options = { ...given, k: given.k || (engine.manifest && engine.manifest.shown) || 10 };
  for (const query of queries) await engine.search(query, options);
  const search = [];
  const rank = [];
  const hits = [];
  for (const query of queries) {
    const start = performance.now();
    const result = await engine.search(query, options);
    search.push(performance.now() - start);
    hits.push(result && result.hits ? result.hits.length : 0);
  }
  for (const query of queries) {
    const start = performance.now();
    await engine.rank(query, options);
    rank.push(performance.now() - start);
  }
  done({ search, rank, hits });
})().catch((error) => done({ error: String((error && error.stack) || error) }));
