// Save what the member is writing, so a reload or a lost connection loses nothing.
// Progressive enhancement only: without JavaScript, Preview saves the draft.
// Every 10 seconds, if the text changed, it is POSTed as JSON to the form's
// data-draft-url with the CSRF token; the server restores it on the next visit.
(function () {
  "use strict";
  var form = document.querySelector("form.composer[data-draft-url]");
  if (!form || !window.fetch || !window.JSON) { return; }
  var body = form.querySelector("textarea[name=body]");
  var title = form.querySelector("input[name=title]");
  var token = form.querySelector("input[name=csrf_token]");
  if (!body) { return; }
  var status = document.createElement("p");
  status.className = "draft-status hint";
  status.setAttribute("aria-live", "polite");
  var actions = form.querySelector(".actions");
  form.insertBefore(status, actions || null);

  function payload() {
    return JSON.stringify({ title: title ? title.value : "", body: body.value });
  }

  var saved = payload();  // what the page was loaded with needs no saving
  var sending = false;
  var leaving = false;

  function save(keepalive) {
    var now = payload();
    if (now === saved || sending || leaving) { return; }
    sending = true;
    fetch(form.getAttribute("data-draft-url"), {
      method: "POST",
      credentials: "same-origin",
      keepalive: !!keepalive,
      headers: { "Content-Type": "application/json", "X-CSRFToken": token ? token.value : "" },
      body: now
    }).then(function (response) {
      if (response.ok) {
        saved = now;
        var time = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
        status.textContent = "Draft saved at " + time + ".";
      }
    }).catch(function () { /* offline: the next tick tries again */ })
      .then(function () { sending = false; });
  }

  var timer = window.setInterval(save, 10000);
  function stop() {
    // Posting or "Discard draft" deletes the draft on the server; a late save must not bring it back.
    leaving = true;
    window.clearInterval(timer);
  }
  form.addEventListener("submit", stop);
  var discard = document.querySelector(".draft-note form");
  if (discard) { discard.addEventListener("submit", stop); }
  window.addEventListener("pagehide", function () { save(true); });
}());
