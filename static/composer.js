// Live confidentiality check while writing. Progressive enhancement only:
// without JavaScript the same check runs on Preview and on submit.
(function () {
  "use strict";
  var form = document.querySelector("form.composer[data-check-url]");
  if (!form || !window.fetch) { return; }
  var body = form.querySelector("textarea[name=body]");
  var title = form.querySelector("input[name=title]");
  var token = form.querySelector("input[name=csrf_token]");
  var box = document.createElement("div");
  box.className = "live-check";
  box.setAttribute("aria-live", "polite");
  form.insertBefore(box, body.closest(".field").nextSibling);
  var timer = null;
  var last = "";

  function render(result) {
    box.textContent = "";
    if (!result.findings.length) { return; }
    var heading = document.createElement("p");
    heading.className = "live-check-title";
    heading.textContent = result.must_hold
      ? "This may identify someone. Check before you post:"
      : "Worth a second look:";
    box.appendChild(heading);
    var list = document.createElement("ul");
    result.findings.forEach(function (f) {
      var item = document.createElement("li");
      var mark = document.createElement("mark");
      mark.textContent = f.text;
      item.appendChild(mark);
      item.appendChild(document.createTextNode(" " + f.reason));
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  function check() {
    var payload = JSON.stringify({ body: body.value, title: title ? title.value : "" });
    if (payload === last) { return; }
    last = payload;
    fetch(form.getAttribute("data-check-url"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token ? token.value : "" },
      body: payload
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (result) {
      if (result) { render(result); }
    }).catch(function () { /* the server-side check still runs on submit */ });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 700);
  }
  body.addEventListener("input", schedule);
  if (title) { title.addEventListener("input", schedule); }
}());
