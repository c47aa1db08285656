// The drop-in without a page reload. Progressive enhancement only: without
// JavaScript (or when the server wants to show the guard's findings or an
// error) the form is submitted the ordinary way.
(function () {
  "use strict";
  var form = document.querySelector("form.drop-in-form[data-checkins]");
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = form.querySelector(".drop-in-status");
  var button = form.querySelector("input[type=submit][name=submit]");
  var sending = false;

  function prepend(listId, emptyId, html) {
    var list = document.getElementById(listId);
    if (!list || !html) { return; }
    var holder = document.createElement("template");
    holder.innerHTML = html.trim();  // rendered and escaped by the server
    list.insertBefore(holder.content, list.firstChild);
    var empty = document.getElementById(emptyId);
    if (empty) { empty.remove(); }
  }

  form.addEventListener("submit", function (event) {
    if (form.dataset.plain === "yes") { return; }  // the fallback: let the browser post it
    event.preventDefault();
    if (sending) { return; }
    sending = true;
    if (button) { button.disabled = true; }
    var data = new FormData(form);
    if (button) { data.append(button.name, button.value); }
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) { throw new Error("not sent"); }
      return response.json();
    }).then(function (result) {
      prepend("drop-in-list", "no-drop-ins", result.drop_in_html);
      prepend("open-todos", "no-open-todos", result.todo_html);
      form.reset();
      status.textContent = result.message;
      sending = false;
      if (button) { button.disabled = false; }
    }).catch(function () {
      form.dataset.plain = "yes";
      if (button) { button.disabled = false; }
      if (button && form.requestSubmit) { form.requestSubmit(button); } else { form.submit(); }
    });
  });
})();
