(function () {
  "use strict";
  // Article text is data: every string from the JSON below reaches the page through
  // textContent or a validated attribute, never through innerHTML.
  var DATA = JSON.parse(document.getElementById("report-data").textContent);
  var EVENTS = DATA.events || [];
  var SVG_NS = "http://www.w3.org/2000/svg";
  var COLORS = { strike: "#c8313e", raid: "#d98a00", attack: "#6a3fb5", meeting: "#00798c" };
  var EXTRA = ["#30638e", "#5a8f29", "#8c564b", "#b5467f", "#4d4d4d", "#17becf"];
  var DAY = 86400000;

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function svg(tag, attrs) {
    var e = document.createElementNS(SVG_NS, tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, String(attrs[k]));
    return e;
  }

  function safeUrl(u) {
    if (typeof u !== "string" || !u) return null;
    try {
      var url = new URL(u);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  function day(s) {
    if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
    return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  }

  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }

  var types = [];
  EVENTS.forEach(function (ev) { if (types.indexOf(ev.event_type) < 0) types.push(ev.event_type); });
  types.sort(function (a, b) {
    var order = ["strike", "raid", "attack", "meeting"];
    var ia = order.indexOf(a), ib = order.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : a > b ? 1 : 0);
  });
  var extraIndex = 0;
  types.forEach(function (t) { if (!COLORS[t]) COLORS[t] = EXTRA[extraIndex++ % EXTRA.length]; });
  function color(t) { return COLORS[t] || "#777"; }

  // Searchable text and date interval of every event, computed once.
  EVENTS.forEach(function (ev) {
    ev._start = day(ev.date_start);
    ev._end = day(ev.date_end);
    if (ev._start !== null && ev._end === null) ev._end = ev._start;
    var parts = [ev.description, ev.location, ev.date_value, ev.event_type, ev.status,
      (ev.sources || []).join(" "), (ev.actors || []).join(" "), (ev.targets || []).join(" ")];
    (ev.evidence || []).forEach(function (m) { parts.push(m.sentence_text, m.section); });
    ev._text = parts.filter(Boolean).join(" \n ").toLowerCase();
  });

  function dateLabel(ev) {
    if (!ev.date_value) return "undated";
    return ev.date_value;
  }

  function killedLabel(ev) {
    if (ev.killed_low === null || ev.killed_low === undefined) return "";
    if (ev.killed_high === null || ev.killed_high === undefined) return ev.killed_low + "+";
    if (ev.killed_high === ev.killed_low) return String(ev.killed_low);
    return ev.killed_low + "–" + ev.killed_high;
  }

  // ---- header, filters -----------------------------------------------------------------
  var dated = EVENTS.filter(function (ev) { return ev._start !== null; });
  $("summary").textContent = EVENTS.length + " events (" + dated.length + " dated) from " +
    DATA.documents + " documents; generated " + DATA.generated + "." +
    (DATA.scope ? " Only " + DATA.scope + "." : "");
  var select = $("f-type");
  types.forEach(function (t) {
    var o = el("option", null, t);
    o.value = t;
    select.appendChild(o);
  });
  var legend = $("legend");
  types.forEach(function (t) {
    var item = el("span");
    var sw = el("span", "swatch");
    sw.style.backgroundColor = color(t);
    item.appendChild(sw);
    item.appendChild(document.createTextNode(t));
    legend.appendChild(item);
  });

  // ---- chart ---------------------------------------------------------------------------
  var marks = {};
  function drawChart() {
    var chart = $("chart");
    while (chart.firstChild) chart.removeChild(chart.firstChild);
    var lane = 44, top = 10, left = 80, right = 20, axis = 28;
    var width = Math.max(760, ($("chart-box").clientWidth || 900) - 2);
    var height = top + Math.max(1, types.length) * lane + axis;
    chart.setAttribute("width", width);
    chart.setAttribute("height", height);
    chart.setAttribute("viewBox", "0 0 " + width + " " + height);
    if (!dated.length) {
      var t = svg("text", { x: left, y: top + 20 });
      t.textContent = "No dated events.";
      chart.appendChild(t);
      return;
    }
    var lo = Math.min.apply(null, dated.map(function (e) { return e._start; }));
    var hi = Math.max.apply(null, dated.map(function (e) { return e._end; }));
    var pad = Math.max(DAY * 3, (hi - lo) * 0.03);
    lo -= pad; hi += pad;
    var x = function (ms) { return left + (ms - lo) / (hi - lo) * (width - left - right); };
    var base = top + types.length * lane;
    // ticks: years, months or days depending on the span
    var span = (hi - lo) / DAY, ticks = [];
    var d0 = new Date(lo), y, m;
    if (span > 365 * 3) {
      for (y = d0.getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y++) ticks.push([Date.UTC(y, 0, 1), String(y)]);
    } else if (span > 60) {
      var step = span > 730 ? 6 : span > 365 ? 3 : 1;
      for (y = d0.getUTCFullYear(), m = d0.getUTCMonth() + 1; Date.UTC(y, m, 1) < hi; m++) {
        if (m % step === 0) ticks.push([Date.UTC(y, m, 1), iso(Date.UTC(y, m, 1)).slice(0, 7)]);
      }
    } else {
      var every = span > 20 ? 7 : 1;
      for (var t0 = Math.ceil(lo / DAY) * DAY; t0 < hi; t0 += DAY * every) ticks.push([t0, iso(t0).slice(5)]);
    }
    ticks.forEach(function (tk) {
      chart.appendChild(svg("line", { "class": "grid", x1: x(tk[0]), x2: x(tk[0]), y1: top, y2: base }));
      var label = svg("text", { x: x(tk[0]), y: base + 16, "text-anchor": "middle" });
      label.textContent = tk[1];
      chart.appendChild(label);
    });
    chart.appendChild(svg("line", { "class": "axis", x1: left, x2: width - right, y1: base, y2: base }));
    types.forEach(function (t, i) {
      var label = svg("text", { x: 6, y: top + i * lane + lane / 2 + 4 });
      label.textContent = t;
      chart.appendChild(label);
    });
    var laneCount = {};
    dated.forEach(function (ev) {
      var i = types.indexOf(ev.event_type);
      var k = laneCount[i] = (laneCount[i] || 0) + 1;
      var cy = top + i * lane + lane / 2 + ((k % 3) - 1) * 9;
      var x0 = x(ev._start), x1 = x(ev._end + DAY);
      var mark;
      if (ev._end - ev._start < DAY * 2) {
        mark = svg("circle", { cx: (x0 + x1) / 2, cy: cy, r: 5 });
      } else {
        mark = svg("rect", { x: x0, y: cy - 4, width: Math.max(4, x1 - x0), height: 8, rx: 3 });
      }
      mark.setAttribute("class", "mark");
      mark.setAttribute("fill", color(ev.event_type));
      mark.setAttribute("data-event-id", ev.event_id);
      mark.setAttribute("data-type", ev.event_type);
      var title = svg("title", {});
      title.textContent = dateLabel(ev) + " · " + ev.event_type + " · " + (ev.description || "");
      mark.appendChild(title);
      mark.addEventListener("click", function () { openEvent(ev.event_id, true); });
      chart.appendChild(mark);
      marks[ev.event_id] = mark;
    });
  }

  // ---- table ---------------------------------------------------------------------------
  var rows = {};
  function sourceLink(m) {
    var href = safeUrl(m.url);
    var name = m.source + (m.section ? " — " + m.section : "");
    if (!href) return el("span", "source", name);
    var a = el("a", "source", name);
    a.href = href;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }

  function sentenceNode(m) {
    var q = el("q");
    var s = m.sentence_text || "";
    var a = m.trigger_from, b = m.trigger_to;
    if (typeof a === "number" && typeof b === "number" && a >= 0 && b > a && b <= s.length) {
      q.appendChild(document.createTextNode(s.slice(0, a)));
      q.appendChild(el("mark", null, s.slice(a, b)));
      q.appendChild(document.createTextNode(s.slice(b)));
    } else {
      q.textContent = s;
    }
    return q;
  }

  function evidenceRow(ev) {
    var tr = el("tr", "evidence");
    var td = el("td");
    td.colSpan = 7;
    var ul = el("ul", "evidence-list");
    (ev.evidence || []).forEach(function (m) {
      var li = el("li");
      li.appendChild(sentenceNode(m));
      var meta = el("div", "meta");
      meta.appendChild(sourceLink(m));
      var bits = [];
      if (m.published) bits.push("published " + m.published);
      if (m.date_value) bits.push("dated " + m.date_value + (m.timex_text ? " from “" + m.timex_text + "”" : ""));
      bits.push(m.event_type + ", " + m.status);
      meta.appendChild(document.createTextNode(" · " + bits.join(" · ")));
      li.appendChild(meta);
      ul.appendChild(li);
    });
    td.appendChild(ul);
    var more = (ev.n_mentions || 0) - (ev.evidence || []).length;
    if (more > 0) td.appendChild(el("p", "meta", "and " + more + " more mention(s) in the database (mentions view)."));
    var urls = (ev.urls || []).map(safeUrl).filter(Boolean);
    if (ev.date_reason) td.appendChild(el("p", "meta", "Date: " + (ev.date_value || "none") + " — " + ev.date_reason));
    if (urls.length) {
      var p = el("p", "meta", "Sources: ");
      urls.forEach(function (u, i) {
        if (i) p.appendChild(document.createTextNode(", "));
        var a = el("a", null, u);
        a.href = u;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        p.appendChild(a);
      });
      td.appendChild(p);
    }
    tr.appendChild(td);
    return tr;
  }

  function toggle(ev, open) {
    var r = rows[ev.event_id];
    var isOpen = !!r.evidence && !r.evidence.hidden;
    var want = open === undefined ? !isOpen : open;
    if (want && !r.evidence) {
      r.evidence = evidenceRow(ev);
      r.row.parentNode.insertBefore(r.evidence, r.row.nextSibling);
    }
    if (r.evidence) r.evidence.hidden = !want || r.row.hidden;
    r.row.classList.toggle("open", want);
    r.button.setAttribute("aria-expanded", want ? "true" : "false");
    if (marks[ev.event_id]) marks[ev.event_id].classList.toggle("selected", want);
  }

  function openEvent(id, scroll) {
    var ev = byId[id];
    if (!ev) return;
    toggle(ev, true);
    if (scroll) rows[id].row.scrollIntoView({ block: "center" });
  }

  var byId = {};
  function drawTable() {
    var body = $("rows");
    EVENTS.forEach(function (ev) {
      byId[ev.event_id] = ev;
      var tr = el("tr", "event");
      tr.setAttribute("data-event-id", ev.event_id);
      tr.appendChild(el("td", "date", dateLabel(ev)));
      var td = el("td");
      var badge = el("span", "type", ev.event_type);
      badge.style.backgroundColor = color(ev.event_type);
      td.appendChild(badge);
      tr.appendChild(td);
      tr.appendChild(el("td", "status", ev.status));
      tr.appendChild(el("td", "place", ev.location || ""));
      tr.appendChild(el("td", "killed", killedLabel(ev)));
      tr.appendChild(el("td", "sources", String(ev.n_sources || 0)));
      var desc = el("td", "desc");
      var button = el("button", "toggle", ev.description || "(no sentence)");
      button.type = "button";
      button.setAttribute("aria-expanded", "false");
      desc.appendChild(button);
      tr.appendChild(desc);
      tr.addEventListener("click", function () { toggle(ev); });
      body.appendChild(tr);
      rows[ev.event_id] = { row: tr, button: button, evidence: null };
    });
  }

  var undatedItems = {};
  function drawUndated() {
    var ul = $("undated");
    EVENTS.forEach(function (ev) {
      if (ev._start !== null) return;
      var li = el("li");
      var badge = el("span", "type", ev.event_type);
      badge.style.backgroundColor = color(ev.event_type);
      li.appendChild(badge);
      var link = el("button", "toggle", " " + (ev.description || ""));
      link.type = "button";
      link.addEventListener("click", function () { openEvent(ev.event_id, true); });
      li.appendChild(link);
      ul.appendChild(li);
      undatedItems[ev.event_id] = li;
    });
  }

  // ---- filtering -----------------------------------------------------------------------
  function matches(ev, f) {
    if (f.type && ev.event_type !== f.type) return false;
    if (f.from !== null && (ev._end === null || ev._end < f.from)) return false;
    if (f.to !== null && (ev._start === null || ev._start > f.to)) return false;
    for (var i = 0; i < f.words.length; i++) if (ev._text.indexOf(f.words[i]) < 0) return false;
    return true;
  }

  function applyFilters() {
    var f = {
      type: select.value,
      from: day($("f-from").value),
      to: day($("f-to").value),
      words: $("f-text").value.toLowerCase().split(/\s+/).filter(Boolean),
    };
    var shown = 0, undated = 0;
    EVENTS.forEach(function (ev) {
      var ok = matches(ev, f);
      var r = rows[ev.event_id];
      r.row.hidden = !ok;
      if (r.evidence) r.evidence.hidden = !ok || !r.row.classList.contains("open");
      if (marks[ev.event_id]) marks[ev.event_id].classList.toggle("off", !ok);
      if (undatedItems[ev.event_id]) {
        undatedItems[ev.event_id].hidden = !ok;
        if (ok) undated++;
      }
      if (ok) shown++;
    });
    $("f-count").textContent = shown + " of " + EVENTS.length + " events shown";
    $("undated-count").textContent = String(undated);
    $("empty").hidden = shown > 0;
  }

  ["f-text", "f-from", "f-to"].forEach(function (id) { $(id).addEventListener("input", applyFilters); });
  select.addEventListener("change", applyFilters);
  $("f-reset").addEventListener("click", function () {
    select.value = "";
    $("f-text").value = "";
    $("f-from").value = "";
    $("f-to").value = "";
    applyFilters();
  });

  drawChart();
  drawTable();
  drawUndated();
  applyFilters();
  document.body.setAttribute("data-ready", "true");
})();
