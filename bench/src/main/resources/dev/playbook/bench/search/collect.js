// Everything loaded since arm.js, and the watched state.
const state = window.__playbookBench;
return { entries: resourceEntries(), state: {
  firstFocus: state.firstFocus, firstKey: state.firstKey, lastKey: state.lastKey,
  lastChange: state.lastChange, shown: state.shown } };
