// Run once the page has loaded, before the first interaction: hands back what the page loaded, starts
// watching focus, keys and the shown results, and empties the resource timings so that everything
// recorded from here on is the search's. Results count as shown at the last change of the document
// that leaves result options visible: a search box redraws them for every key, even when they are
// the same as before.
const loaded = resourceEntries();
const state = { firstFocus: -1, keys: [], inputs: [], lastChange: -1, shown: 0 };
window.__playbookBench = state;
// The click's pointerdown comes before the focus, and a search box may start loading on either.
const touched = () => {
  if (state.firstFocus < 0) state.firstFocus = performance.now();
};
document.addEventListener('pointerdown', touched, true);
document.addEventListener('focusin', touched, true);
document.addEventListener('keydown', () => {
  state.keys.push(performance.now());
}, true);
document.addEventListener('input', () => {
  state.inputs.push(performance.now());
}, true);
new MutationObserver(() => {
  const shown = visibleOptions().length;
  if (shown > 0) {
    state.shown = shown;
    state.lastChange = performance.now();
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
performance.setResourceTimingBufferSize(100000);
performance.clearResourceTimings();
return loaded;
