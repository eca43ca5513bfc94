// Run once the page has loaded, before the first interaction: hands back what the page loaded, starts
// watching focus, keys and the shown results, and empties the resource timings so that everything
// recorded from here on is the search's.
const loaded = resourceEntries();
const state = { firstFocus: -1, firstKey: -1, lastKey: -1, lastChange: -1, shown: 0, signature: '' };
window.__playbookBench = state;
document.addEventListener('focusin', () => {
  if (state.firstFocus < 0) state.firstFocus = performance.now();
}, true);
document.addEventListener('keydown', () => {
  const now = performance.now();
  if (state.firstKey < 0) state.firstKey = now;
  state.lastKey = now;
}, true);
new MutationObserver(() => {
  const options = visibleOptions();
  const signature = options.map((o) => o.textContent).join('\n');
  if (options.length > 0 && signature !== state.signature) {
    state.signature = signature;
    state.shown = options.length;
    state.lastChange = performance.now();
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
performance.setResourceTimingBufferSize(100000);
performance.clearResourceTimings();
return loaded;
