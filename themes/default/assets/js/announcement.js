/*
 * The announcement banner (theme.announcement in playbook.yml): a Dismiss button that hides it
 * on every page until a new announcement (another id) is made. Without scripts, or where the
 * browser keeps no storage (some file:// setups), the banner simply stays.
 */
(function () {
  "use strict";
  var banner = document.querySelector(".announcement[data-announcement]");
  if (!banner) {
    return;
  }
  var key = "playbook-announcement-dismissed";
  var id = banner.getAttribute("data-announcement");
  var storage = null;
  try {
    storage = window.localStorage;
    if (storage.getItem(key) === id) {
      banner.hidden = true;
      return;
    }
  } catch (e) {
    storage = null;
  }
  var button = banner.querySelector(".announcement-dismiss");
  if (!button || !storage) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    try {
      storage.setItem(key, id);
    } catch (e) {
      // Storage full or refused: hide it for this page at least.
    }
    banner.hidden = true;
    var main = document.getElementById("main");
    if (main) {
      main.focus();
    }
  });
})();
