// Shared by the scripts below: the page's resource timings as plain objects, times relative to the
// page's time origin in milliseconds.
function resourceEntries() {
  return performance.getEntriesByType('resource').map((entry) => ({
    name: entry.name,
    initiatorType: entry.initiatorType,
    startTime: entry.startTime,
    responseEnd: entry.responseEnd,
    transferSize: entry.transferSize,
    encodedBodySize: entry.encodedBodySize,
    decodedBodySize: entry.decodedBodySize,
  }));
}

function visibleOptions() {
  return Array.from(document.querySelectorAll('[role=option]')).filter((o) => o.getClientRects().length > 0);
}
