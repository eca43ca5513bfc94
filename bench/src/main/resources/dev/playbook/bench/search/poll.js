// Where the query stands: the box's value, the results shown, the last change and the last response.
const state = window.__playbookBench;
const input = arguments[0];
const entries = resourceEntries();
return {
  value: input.value,
  shown: visibleOptions().length,
  lastChange: state.lastChange,
  keys: state.keys.length,
  firstFocus: state.firstFocus,
  requests: entries.length,
  lastResponse: entries.reduce((last, e) => Math.max(last, e.responseEnd), -1),
  now: performance.now(),
};
