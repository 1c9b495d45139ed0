// newsgraph: click a highlighted span in an article to see what it is. No dependencies, no network.
(function () {
  "use strict";
  var data = document.getElementById("items");
  if (!data) return;
  var items = {};
  JSON.parse(data.textContent).forEach(function (it) { items[it.id] = it; });
  var aside = document.getElementById("details");
  var panel = document.getElementById("details-body") || aside;
  var closer = document.getElementById("details-close");
  var opener = null;
  function close() {
    aside.classList.remove("open");
    if (opener) opener.focus();
  }
  if (closer) closer.addEventListener("click", close);

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function row(dl, k, v) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) return;
    dl.appendChild(el("dt", k));
    dl.appendChild(el("dd", Array.isArray(v) ? v.join(", ") : v));
  }
  function card(it) {
    var box = el("section", null, "card " + it.what);
    box.dataset.item = it.id;
    if (it.what === "event") {
      box.appendChild(el("h3", "Event " + it.id + ": " + it.type + (it.mode ? "/" + it.mode : "")));
      var dl = el("dl");
      row(dl, "Type", it.type);
      row(dl, "Status", it.status);
      row(dl, "Actors", it.actors);
      row(dl, "Recipients", it.recipients);
      row(dl, "Date", it.date ? it.date + (it.date_text ? " (“" + it.date_text + "”)" : "") : "unknown");
      row(dl, "Place", it.place ? it.place + (it.place_country ? " (" + it.place_country + ")" : "") : null);
      row(dl, "Trigger", it.trigger);
      row(dl, it.alleged ? "Alleged by" : "According to", it.source);
      row(dl, "Cue", it.cue);
      row(dl, "Score", it.score);
      row(dl, "Confidence", it.confidence);
      box.appendChild(dl);
      if (it.story) {
        var p = el("p", null, "story");
        p.appendChild(document.createTextNode("Story: "));
        var a = el("a", it.story.label);
        a.href = "/stories/" + encodeURIComponent(it.story.id);
        p.appendChild(a);
        p.appendChild(document.createTextNode(" · " + it.story.n_articles + " article(s), " + it.story.n_outlets + " outlet(s)"));
        box.appendChild(p);
      }
    } else {
      box.appendChild(el("h3", "Statement " + it.id + " (" + it.kind + ")"));
      var d2 = el("dl");
      row(d2, "Source", it.source + (it.anonymous ? " (anonymous)" : ""));
      row(d2, "Source words", it.source_text);
      row(d2, "Cue", it.cue);
      row(d2, "Addressee", it.addressee);
      row(d2, "Via", it.via);
      row(d2, "Content", it.content);
      box.appendChild(d2);
    }
    return box;
  }
  function show(ids, mark) {
    opener = document.activeElement;
    panel.textContent = "";
    aside.classList.add("open");
    ids.forEach(function (id) { if (items[id]) panel.appendChild(card(items[id])); });
    document.querySelectorAll("mark.on").forEach(function (m) { m.classList.remove("on"); });
    document.querySelectorAll("mark.hl").forEach(function (m) {
      if ((m.dataset.items || "").split(" ").indexOf(ids[0]) >= 0) m.classList.add("on");
    });
    if (mark) mark.focus();
  }
  document.addEventListener("click", function (ev) {
    var m = ev.target.closest("mark.hl");
    if (m) { show(m.dataset.items.split(" ")); return; }
    var b = ev.target.closest("[data-show]");
    if (b) {
      show([b.dataset.show]);
      var first = document.querySelector("mark.on");
      if (first) first.scrollIntoView({block: "center"});
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && aside.classList.contains("open")) { close(); return; }
    var m = ev.target.closest && ev.target.closest("mark.hl");
    if (m && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); show(m.dataset.items.split(" ")); }
  });
  var h = decodeURIComponent(location.hash.slice(1));
  if (h && items[h]) {
    show([h]);
    var first = document.querySelector("mark.on");
    if (first) first.scrollIntoView({block: "center"});
  }
})();
