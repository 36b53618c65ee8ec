// The interactive argument map (argmap.diagram.to_html). Written for argmap; MIT licence.
// Pan and zoom by the SVG viewBox; a side panel from the embedded JSON; search, filters,
// deep links (#claim-id) and a keyboard path. No network, no dependencies.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var view = document.getElementById("argmap-view");
  var svg = view.querySelector("svg");
  var panel = document.getElementById("argmap-panel");
  var live = document.getElementById("argmap-live");
  var results = document.getElementById("argmap-results");
  var nodes = {};
  var full = null;   // the whole drawing's box
  var box = null;    // the visible box
  var selected = null;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }

  // ------------------------------------------------------------------ pan and zoom
  function setBox(b) {
    box = b;
    svg.setAttribute("viewBox", [b.x, b.y, b.w, b.h].join(" "));
  }
  function fit() { setBox({x: full.x, y: full.y, w: full.w, h: full.h}); }
  function scale() { // screen pixels per SVG unit
    var r = svg.getBoundingClientRect();
    return Math.min(r.width / box.w, r.height / box.h);
  }
  function zoom(factor, cx, cy) {
    var r = svg.getBoundingClientRect();
    var s = scale();
    var px = cx === undefined ? box.x + box.w / 2 : box.x + (cx - r.left - (r.width - box.w * s) / 2) / s;
    var py = cy === undefined ? box.y + box.h / 2 : box.y + (cy - r.top - (r.height - box.h * s) / 2) / s;
    var w = Math.min(Math.max(box.w / factor, full.w / 200), full.w * 4);
    var h = w * box.h / box.w;
    setBox({x: px - (px - box.x) * w / box.w, y: py - (py - box.y) * h / box.h, w: w, h: h});
  }
  function pan(dx, dy) { var s = scale(); setBox({x: box.x - dx / s, y: box.y - dy / s, w: box.w, h: box.h}); }
  function userBox(node) { // a node's box in the SVG's own units (Graphviz translates its group)
    var b = node.getBBox();
    var m = svg.getScreenCTM().inverse().multiply(node.getScreenCTM());
    var p = svg.createSVGPoint();
    p.x = b.x; p.y = b.y;
    var a = p.matrixTransform(m);
    p.x = b.x + b.width; p.y = b.y + b.height;
    var z = p.matrixTransform(m);
    return {x: Math.min(a.x, z.x), y: Math.min(a.y, z.y), width: Math.abs(z.x - a.x), height: Math.abs(z.y - a.y)};
  }
  function centreOn(node) {
    var b = userBox(node);
    var w = Math.max(b.width * 3, Math.min(full.w, full.w / 2));
    var h = w * box.h / box.w;
    setBox({x: b.x + b.width / 2 - w / 2, y: b.y + b.height / 2 - h / 2, w: w, h: h});
  }

  var pointers = {};
  var pinch = null;
  view.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    zoom(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX, ev.clientY);
  }, {passive: false});
  view.addEventListener("pointerdown", function (ev) {
    if (ev.target.closest && ev.target.closest("g.node.claim")) { return; }
    pointers[ev.pointerId] = {x: ev.clientX, y: ev.clientY};
    view.setPointerCapture(ev.pointerId);
    view.classList.add("dragging");
  });
  view.addEventListener("pointermove", function (ev) {
    var p = pointers[ev.pointerId];
    if (!p) { return; }
    var ids = Object.keys(pointers);
    if (ids.length === 2) {
      var o = pointers[ids[0] == ev.pointerId ? ids[1] : ids[0]];
      var d = Math.hypot(ev.clientX - o.x, ev.clientY - o.y);
      if (pinch) { zoom(d / pinch, (ev.clientX + o.x) / 2, (ev.clientY + o.y) / 2); }
      pinch = d;
    } else {
      pan(ev.clientX - p.x, ev.clientY - p.y);
    }
    pointers[ev.pointerId] = {x: ev.clientX, y: ev.clientY};
  });
  function release(ev) {
    delete pointers[ev.pointerId];
    pinch = null;
    if (!Object.keys(pointers).length) { view.classList.remove("dragging"); }
  }
  view.addEventListener("pointerup", release);
  view.addEventListener("pointercancel", release);

  // ------------------------------------------------------------------ the panel
  function sourceText(s) {
    var parts = [s.title];
    if (s.outlet && s.outlet !== s.title) { parts.push(s.outlet); }
    if (s.date) { parts.push(s.date); }
    return parts.join(", ");
  }
  function sourceBlock(label, s) {
    var p = el("div", {"class": "meta"}, [document.createTextNode(label + ": ")]);
    if (s.url) {
      p.appendChild(el("a", {href: s.url, text: sourceText(s), rel: "noopener", target: "_blank"}));
    } else {
      p.appendChild(document.createTextNode(sourceText(s)));
    }
    return p;
  }
  function speakerText(sp) {
    return sp.name + (sp.role ? ", " + sp.role : "") + (sp.affiliation ? " (" + sp.affiliation + ")" : "");
  }
  function attributionBlock(a) {
    var head = el("div", {}, [
      el("span", {"class": "stance " + a.stance, text: a.mark + " " + a.participle}),
      document.createTextNode(" by "),
      el("strong", {text: speakerText(a.speaker)}),
      a.verb ? document.createTextNode(" · verb: " + a.verb) : null
    ]);
    var words = [];
    if (a.quote) { words.push(el("blockquote", {text: "“" + a.quote + "”"})); }
    a.fragments.forEach(function (f) { words.push(el("blockquote", {text: "“" + f + "”"})); });
    if (a.paraphrase) { words.push(el("p", {"class": "paraphrase", text: "Paraphrase: " + a.paraphrase})); }
    var block = el("div", {"class": "attribution " + a.stance}, [head].concat(words));
    if (a.source) { block.appendChild(sourceBlock("Source", a.source)); }
    if (a.setting) { block.appendChild(sourceBlock("First said at", a.setting)); }
    return block;
  }
  function outletOf(c, attributionId) {
    var a = c.attributions.filter(function (x) { return x.id === attributionId; })[0];
    if (!a) { return attributionId; }
    return a.source ? (a.source.outlet || a.source.title) : a.speaker.name;
  }
  function diffLine(parts, first, other) {
    var p = el("p", {"class": "diff"});
    parts.forEach(function (part, i) {
      if (i) { p.appendChild(document.createTextNode(" ")); }
      var kind = part[0], text = part[1];
      if (kind === "removed" || kind === "added") {
        var only = "only in " + (kind === "removed" ? first : other);
        p.appendChild(el(kind === "removed" ? "del" : "ins", {title: only}, [
          el("span", {"class": "sr-only", text: "(" + only + ":) "}),
          document.createTextNode(text)
        ]));
      } else {
        p.appendChild(document.createTextNode(kind === "gap" ? "…" : text));
      }
    });
    return p;
  }
  function remarkBlock(c, r) {
    var block = el("div", {"class": "remark"}, [el("p", {text: r.line})]);
    if (!r.differences.length) {
      block.appendChild(el("p", {"class": "meta", text: "Every report gives the same words."}));
    }
    r.differences.forEach(function (d) {
      var first = outletOf(c, d.first), other = outletOf(c, d.other);
      block.appendChild(el("p", {"class": "meta", text: "The words in " + other + " against " + first +
        " (struck through: only in " + first + "; underlined: only in " + other + "):"}));
      block.appendChild(diffLine(d.parts, first, other));
    });
    return block;
  }
  function reasonList(items) {
    var ul = el("ul", {"class": "reasons"});
    items.forEach(function (r) {
      var b = el("button", {type: "button", text: r.text + (r.kind ? " (" + r.kind + "s)" : "")});
      b.addEventListener("click", function () { select(r.id, true); });
      ul.appendChild(el("li", {}, [b]));
    });
    return ul;
  }
  function showPanel(c) {
    panel.textContent = "";
    var close = el("button", {type: "button", "class": "close", "aria-label": "Close the panel", text: "×"});
    close.addEventListener("click", unselect);
    panel.appendChild(close);
    if (c.title) { panel.appendChild(el("h2", {text: c.title})); }
    panel.appendChild(el(c.title ? "p" : "h2", {"class": "claim-text", text: c.text}));
    if (c.central) { panel.appendChild(el("p", {"class": "meta", text: "The central claim of the map."})); }
    if (c.status) { panel.appendChild(el("p", {"class": "status", text: "Evaluation: " + c.status})); }
    panel.appendChild(el("h3", {text: "Who said it (" + c.attributions.length + ")"}));
    if (!c.attributions.length) { panel.appendChild(el("p", {"class": "meta", text: "No attribution."})); }
    c.attributions.forEach(function (a) { panel.appendChild(attributionBlock(a)); });
    if (c.remarks.length) {
      panel.appendChild(el("h3", {text: "One remark, several reports (" + c.remarks.length + ")"}));
      c.remarks.forEach(function (r) { panel.appendChild(remarkBlock(c, r)); });
    }
    panel.appendChild(el("h3", {text: "For (" + c["for"].length + ")"}));
    panel.appendChild(reasonList(c["for"]));
    panel.appendChild(el("h3", {text: "Against (" + c.against.length + ")"}));
    panel.appendChild(reasonList(c.against));
    panel.hidden = false;
  }
  function select(id, focus) {
    var c = data.claims[id];
    if (!c || !nodes[id]) { return; }
    if (selected) { nodes[selected].classList.remove("selected"); nodes[selected].setAttribute("aria-pressed", "false"); }
    selected = id;
    nodes[id].classList.add("selected");
    nodes[id].setAttribute("aria-pressed", "true");
    showPanel(c);
    live.textContent = "Selected: " + c.text;
    if (location.hash !== "#" + id) { history.replaceState(null, "", "#" + encodeURIComponent(id)); }
    if (focus) { centreOn(nodes[id]); nodes[id].focus({preventScroll: true}); }
  }
  function unselect() {
    if (selected) {
      nodes[selected].classList.remove("selected");
      nodes[selected].setAttribute("aria-pressed", "false");
      nodes[selected].focus({preventScroll: true});
    }
    selected = null;
    panel.hidden = true;
    history.replaceState(null, "", location.pathname + location.search);
  }

  // ------------------------------------------------------------------ search and filters
  function words(c) {
    var parts = [c.text, c.title || ""];
    c.attributions.forEach(function (a) {
      parts.push(a.speaker.name, a.quote || "", a.paraphrase || "", a.fragments.join(" "));
      if (a.source) { parts.push(a.source.title, a.source.outlet || ""); }
    });
    return parts.join(" ").toLowerCase();
  }
  function search(text) {
    var q = text.trim().toLowerCase();
    results.textContent = "";
    Object.keys(nodes).forEach(function (id) { nodes[id].classList.remove("match"); });
    if (!q) { results.hidden = true; live.textContent = ""; return; }
    var found = Object.keys(nodes).filter(function (id) { return words(data.claims[id]).indexOf(q) >= 0; });
    found.forEach(function (id) {
      nodes[id].classList.add("match");
      var b = el("button", {type: "button", text: data.claims[id].text});
      b.addEventListener("click", function () { results.hidden = true; select(id, true); });
      results.appendChild(el("li", {}, [b]));
    });
    results.hidden = !found.length;
    live.textContent = found.length + " claims match";
  }
  function filter() {
    var speaker = document.getElementById("argmap-speaker").value;
    var source = document.getElementById("argmap-source").value;
    Object.keys(nodes).forEach(function (id) {
      var c = data.claims[id];
      var keep = c.attributions.some(function (a) {
        return (!speaker || a.speaker.id === speaker) && (!source || (a.source && a.source.id === source));
      }) || (!speaker && !source);
      nodes[id].classList.toggle("dim", !keep);
    });
    svg.querySelectorAll("g.edge").forEach(function (e) { e.classList.toggle("dim", !!(speaker || source)); });
  }

  // ------------------------------------------------------------------ set up
  function start() {
    var vb = svg.viewBox.baseVal;
    full = {x: vb.x, y: vb.y, w: vb.width, h: vb.height};
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", (data.title || "Argument map") + ": select a claim to read who said it");
    fit();
    Object.keys(data.claims).forEach(function (id) {
      var node = document.getElementById(id);
      if (!node || !node.classList.contains("node")) { return; }
      var c = data.claims[id];
      nodes[id] = node;
      node.classList.add("claim");
      node.setAttribute("tabindex", "0");
      node.setAttribute("role", "button");
      node.setAttribute("aria-pressed", "false");
      var stances = c.attributions.map(function (a) { return a.line; }).join("; ");
      node.setAttribute("aria-label", c.text + (stances ? ". " + stances : ""));
      if (c.status) { node.setAttribute("data-status", c.status); }
      node.querySelectorAll("a").forEach(function (a) { a.removeAttribute("xlink:title"); a.setAttribute("tabindex", "-1"); });
      node.addEventListener("click", function (ev) { ev.preventDefault(); select(id, false); });
      node.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(id, false); }
      });
    });
    document.getElementById("argmap-zoom-in").addEventListener("click", function () { zoom(1.4); });
    document.getElementById("argmap-zoom-out").addEventListener("click", function () { zoom(1 / 1.4); });
    document.getElementById("argmap-fit").addEventListener("click", fit);
    document.getElementById("argmap-search").addEventListener("input", function (ev) { search(ev.target.value); });
    document.getElementById("argmap-speaker").addEventListener("change", filter);
    document.getElementById("argmap-source").addEventListener("change", filter);
    var evaluation = document.getElementById("argmap-eval");
    if (evaluation) {
      evaluation.addEventListener("change", function () { view.classList.toggle("no-eval", !evaluation.checked); });
    }
    document.addEventListener("keydown", function (ev) {
      var typing = ev.target.tagName === "INPUT" || ev.target.tagName === "SELECT";
      if (ev.key === "Escape") { if (!results.hidden) { results.hidden = true; } else { unselect(); } }
      if (typing) { return; }
      if (ev.key === "+" || ev.key === "=") { zoom(1.4); }
      else if (ev.key === "-") { zoom(1 / 1.4); }
      else if (ev.key === "0") { fit(); }
      else if (ev.key === "/") { ev.preventDefault(); document.getElementById("argmap-search").focus(); }
      else if (ev.key.indexOf("Arrow") === 0 && ev.target === document.body) {
        var d = 60;
        pan(ev.key === "ArrowLeft" ? d : ev.key === "ArrowRight" ? -d : 0,
            ev.key === "ArrowUp" ? d : ev.key === "ArrowDown" ? -d : 0);
      }
    });
    function fromHash() {
      var id = decodeURIComponent(location.hash.slice(1));
      if (id && data.claims[id]) { select(id, true); }
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
    window.argmap = {
      select: select, zoom: zoom, fit: fit, ready: true,
      box: function () { return {x: box.x, y: box.y, w: box.w, h: box.h}; },
      full: function () { return {x: full.x, y: full.y, w: full.w, h: full.h}; }
    };
  }
  start();
})();
