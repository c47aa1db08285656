// Offer the browser's time zone once, for a member who has not chosen one.
// Without JavaScript the site shows Europe/London until the member picks a zone in Settings.
(function () {
  "use strict";
  var body = document.body;
  if (!body || body.dataset.timeZoneUnset !== "true") return;
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) return;
  var data = new FormData();
  var token = document.querySelector('input[name="csrf_token"]'); // the "Sign out" form's
  data.append("csrf_token", token ? token.value : "");
  data.append("time_zone", zone);
  fetch(body.dataset.timeZoneUrl, { method: "POST", body: data, credentials: "same-origin" });
})();
