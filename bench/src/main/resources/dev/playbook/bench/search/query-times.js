// Times the engine on warm data: every query once untimed (loading what it needs), then each query
// through engine.search and through engine.rank, one at a time, with performance.now(), in three
// passes; a query's time is its median over the passes, so one hiccup of a busy machine does not
// become its figure. Without a k in the options, as many hits as the header box asks for (the
// manifest's "shown").
const [root, queries, given, done] = arguments;
const PASSES = 3;
(async () => {
  const engine = await PlaybookSearch.open(root);
  const options = { ...given, k: given.k || (engine.manifest && engine.manifest.shown) || 10 };
  const hits = [];
  for (const query of queries) {
    const result = await engine.search(query, options);
    hits.push(result && result.hits ? result.hits.length : 0);
  }
  const time = async (call) => {
    const passes = queries.map(() => []);
    for (let pass = 0; pass < PASSES; pass += 1) {
      for (let i = 0; i < queries.length; i += 1) {
        const start = performance.now();
        await call(queries[i]);
        passes[i].push(performance.now() - start);
      }
    }
    return passes.map((times) => times.sort((a, b) => a - b)[PASSES >> 1]);
  };
  const search = await time((query) => engine.search(query, options));
  const rank = await time((query) => engine.rank(query, options));
  done({ search, rank, hits });
})().catch((error) => done({ error: String((error && error.stack) || error) }));
