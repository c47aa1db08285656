// Mentions: typing "@ro" in the Message box offers members to mention.
// Progressive enhancement only: without JavaScript "@" and an exact display
// name works. Picking a member inserts "@Display Name " and records their id
// in the hidden mention_ids field, so two members with one name are told apart.
//
// The list follows the ARIA combobox pattern as far as a multi-line text box
// allows: the textarea keeps its own role (it still reads as a text box) and
// points at the listbox with aria-controls, aria-autocomplete and
// aria-activedescendant; a polite status line says what is offered.
(function () {
  "use strict";
  var field = document.querySelector("input[name=mention_ids][data-suggest-url]");
  if (!field || !window.fetch || !field.form) { return; }
  var body = field.form.querySelector("textarea[name=body]");
  if (!body || !body.id) { return; }
  var url = field.getAttribute("data-suggest-url");
  var NAME = /[\p{L}\p{N}_]/u;
  var REACH = 61;

  var list = document.createElement("ul");
  list.id = body.id + "-mentions";
  list.className = "mention-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Members to mention");
  list.hidden = true;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  body.parentNode.insertBefore(list, body.nextSibling);
  body.parentNode.insertBefore(status, list.nextSibling);
  if (body.parentNode.classList) { body.parentNode.classList.add("has-mentions"); }
  body.setAttribute("aria-autocomplete", "list");
  body.setAttribute("aria-controls", list.id);

  var offered = [];
  var active = -1;
  var current = null;   // { start, end, query } of the "@name" being typed
  var dismissed = -1;   // where Escape closed the list: not offered again there
  var asked = 0;
  var timer = null;

  function say(text) { status.textContent = text; }

  function typedMention() {
    var end = body.selectionStart;
    if (end !== body.selectionEnd) { return null; }
    var before = body.value.slice(Math.max(0, end - REACH), end);
    var at = before.lastIndexOf("@");
    if (at < 0) { return null; }
    var query = before.slice(at + 1);
    var start = end - before.length + at;
    var previous = start > 0 ? body.value.charAt(start - 1) : "";
    if (!query || !NAME.test(query.charAt(0)) || /\s$/.test(query) || /\n/.test(query)) {
      return null;
    }
    if (previous && NAME.test(previous)) { return null; }  // an address: jo@example.org
    if (query.split(" ").length > 5) { return null; }
    return { start: start, end: end, query: query };
  }

  function close() {
    if (list.hidden) { return; }
    list.hidden = true;
    list.textContent = "";
    offered = [];
    active = -1;
    body.removeAttribute("aria-activedescendant");
  }

  function move(index) {
    var items = list.children;
    for (var i = 0; i < items.length; i += 1) {
      items[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    active = index;
    if (index < 0) {
      body.removeAttribute("aria-activedescendant");
      return;
    }
    body.setAttribute("aria-activedescendant", items[index].id);
    if (items[index].scrollIntoView) { items[index].scrollIntoView({ block: "nearest" }); }
  }

  function choose(index) {
    var member = offered[index];
    if (!member || !current) { return; }
    var text = "@" + member.name + " ";
    var value = body.value;
    body.value = value.slice(0, current.start) + text + value.slice(current.end);
    var caret = current.start + text.length;
    body.focus();
    body.setSelectionRange(caret, caret);
    var ids = field.value ? field.value.split(",") : [];
    if (ids.indexOf(String(member.id)) < 0) { ids.push(String(member.id)); }
    field.value = ids.join(",");
    close();
    current = null;
    say(member.name + " will be mentioned.");
    // Let the composer's other helpers (the live check, drafts) see the change.
    body.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function show(members) {
    list.textContent = "";
    offered = members;
    if (!members.length) {
      close();
      say("No members match.");
      return;
    }
    members.forEach(function (member, i) {
      var item = document.createElement("li");
      item.id = list.id + "-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var name = document.createElement("span");
      name.className = "mention-name";
      name.textContent = member.name;
      item.appendChild(name);
      if (member.hint) {
        var hint = document.createElement("span");
        hint.className = "mention-hint";
        hint.textContent = member.hint;
        item.appendChild(hint);
      }
      // mousedown, not click: the text box keeps focus and its caret.
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        choose(i);
      });
      list.appendChild(item);
    });
    list.hidden = false;
    move(0);
    say((members.length === 1 ? "1 member" : members.length + " members") +
        " to mention. Up and down arrows to choose, Enter to insert, Escape to close.");
  }

  function lookup() {
    var typed = typedMention();
    if (!typed || typed.start === dismissed) {
      close();
      current = null;
      return;
    }
    dismissed = -1;
    current = typed;
    asked += 1;
    var mine = asked;
    fetch(url + "?q=" + encodeURIComponent(typed.query), {
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (result) {
      if (mine !== asked || !result) { return; }  // a newer question is on its way
      show(result.members || []);
    }).catch(function () { close(); });  // typing the whole name still works
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 150);
  }

  body.addEventListener("input", schedule);
  body.addEventListener("click", schedule);
  body.addEventListener("keyup", function (event) {
    if (/^(ArrowLeft|ArrowRight|Home|End)$/.test(event.key)) { schedule(); }
  });
  body.addEventListener("keydown", function (event) {
    if (list.hidden || !offered.length) { return; }
    if (event.key === "ArrowDown") {
      event.preventDefault();
      move((active + 1) % offered.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      move((active - 1 + offered.length) % offered.length);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      dismissed = current ? current.start : -1;
      close();
    }
  });
  body.addEventListener("blur", function () { window.setTimeout(close, 100); });
}());
