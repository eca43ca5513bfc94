// Everything loaded since arm.js, and the watched state.
const state = window.__playbookBench;
return { entries: resourceEntries(), state: {
  firstFocus: state.firstFocus, keys: state.keys, inputs: state.inputs, lastChange: state.lastChange, shown: state.shown } };
