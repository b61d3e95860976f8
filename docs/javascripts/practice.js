// Practice page: flashcards with spaced repetition (Leitner boxes), a timed
// mock interview, and progress kept in localStorage that a reader can save to
// a file, load again and reset. The page's HTML already holds every card
// (overrides/hooks/practice.py builds it); this script only adds behaviour.
// A classic script with no modules and no fetch, so it works from file:// too.
(function () {
  "use strict";
  var root = document.getElementById("practice-root");
  if (!root) return;

  var KEY = "mkfg-practice-v1";
  var FORMAT = "managed-kubernetes-field-guide-progress";
  var VERSION = 1;
  // Days until the next review for a card in each box; box 0 means new.
  var WAIT = [0, 1, 2, 4, 8, 16, 32];
  var TOP = WAIT.length - 1;
  var LEARNED = 4; // from box 4 on, the next review is at least 8 days away
  var GRADES = ["", "Again", "Hard", "Good", "Easy"];
  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  function $(id) { return document.getElementById(id); }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function day(date) {
    var d = date || new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }
  function addDays(iso, n) {
    var p = iso.split("-");
    return day(new Date(+p[0], +p[1] - 1, +p[2] + n));
  }
  function daysBetween(from, to) {
    var a = from.split("-"), b = to.split("-");
    return Math.round((new Date(+b[0], +b[1] - 1, +b[2]) - new Date(+a[0], +a[1] - 1, +a[2])) / 864e5);
  }
  function when(n) { return n <= 0 ? "today" : n === 1 ? "tomorrow" : "in " + n + " days"; }

  // ---- The deck, as the page holds it ------------------------------------
  var cards = [].map.call(root.querySelectorAll("[data-card]"), function (el) {
    return {
      id: el.getAttribute("data-card"), topic: el.getAttribute("data-topic"), el: el,
      question: el.querySelector(".practice-card__question"),
      source: el.querySelector(".practice-card__source a")
    };
  });
  var known = {};
  cards.forEach(function (card) { known[card.id] = card; });
  var scenarios = [].slice.call(root.querySelectorAll("template[data-scenario]"));

  // ---- Saved state: { format, version, cards: { id: { box, due, last, reviews } } }
  function blank() { return { format: FORMAT, version: VERSION, cards: {} }; }
  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY));
      if (saved && saved.format === FORMAT && saved.cards) return saved;
    } catch (e) { /* nothing saved, or storage is off */ }
    return blank();
  }
  function save(state) {
    try { localStorage.setItem(KEY, JSON.stringify(state)); return true; } catch (e) { return false; }
  }

  // The Leitner step: README and the page's "How scheduling works" note say the same.
  function schedule(entry, grade, today) {
    var box = entry ? entry.box : 0, due;
    if (grade === 1) { box = 1; due = today; }
    else if (grade === 2) { box = Math.max(box, 1); due = addDays(today, 1); }
    else { box = Math.min(box + (grade === 3 ? 1 : 2), TOP); due = addDays(today, WAIT[box]); }
    return { box: box, due: due, last: today, reviews: (entry ? entry.reviews : 0) + 1 };
  }

  // ---- Flashcards -------------------------------------------------------
  var topic = "";
  var current = null;
  var select = $("practice-topic");
  var reveal = $("practice-reveal");
  var answer = $("practice-answer");
  var grades = $("practice-grades");
  var question = $("practice-question");

  function inTopic(card) { return !topic || card.topic === topic; }

  // Due cards first, then new ones, then the ones marked Again today.
  function queue(state, today) {
    var due = [], fresh = [], again = [];
    cards.filter(inTopic).forEach(function (card) {
      var entry = state.cards[card.id];
      if (!entry) fresh.push(card);
      else if (entry.due <= today) (entry.last === today ? again : due).push(card);
    });
    due.sort(function (a, b) { return state.cards[a.id].due < state.cards[b.id].due ? -1 : 1; });
    return due.concat(fresh, again);
  }

  function counts(state, today) {
    var c = { due: 0, "new": 0, learned: 0, total: 0 };
    cards.filter(inTopic).forEach(function (card) {
      var entry = state.cards[card.id];
      c.total += 1;
      if (!entry) c["new"] += 1;
      else {
        if (entry.due <= today) c.due += 1;
        if (entry.box >= LEARNED) c.learned += 1;
      }
    });
    return c;
  }

  function show() {
    var state = load(), today = day(), next = queue(state, today), c = counts(state, today);
    Object.keys(c).forEach(function (name) {
      root.querySelector('[data-stat="' + name + '"]').textContent = c[name];
    });
    current = next[0] || null;
    answer.hidden = grades.hidden = true;
    answer.textContent = "";
    reveal.hidden = !current;
    $("practice-hint").hidden = !current;
    if (!current) {
      var later = cards.filter(inTopic).map(function (card) { return (state.cards[card.id] || {}).due; })
        .filter(Boolean).sort()[0];
      $("practice-context").textContent = "";
      question.textContent = "Nothing left to review today" + (topic ? " in this topic." : ".");
      if (later) question.textContent += " The next card is due " + when(daysBetween(today, later)) + ".";
      return;
    }
    $("practice-context").textContent = current.source.textContent;
    question.innerHTML = current.question.innerHTML;
    [].forEach.call(current.el.children, function (part) {
      if (part !== current.question) answer.appendChild(part.cloneNode(true));
    });
    [].forEach.call(grades.querySelectorAll("[data-grade]"), function (button) {
      var entry = schedule(state.cards[current.id], +button.getAttribute("data-grade"), today);
      button.querySelector("small").textContent = when(daysBetween(today, entry.due));
    });
  }

  function revealAnswer() {
    if (!current || !answer.hidden) return;
    answer.hidden = grades.hidden = false;
    reveal.hidden = $("practice-hint").hidden = true;
    answer.focus();
  }

  function grade(value) {
    if (!current || answer.hidden) return;
    var state = load(), today = day();
    var entry = schedule(state.cards[current.id], value, today);
    state.cards[current.id] = entry;
    var saved = save(state);
    $("practice-status").textContent = saved
      ? GRADES[value] + ": next review " + when(daysBetween(today, entry.due)) + "."
      : "This browser does not let the page save progress, so grades are lost on reload.";
    show();
    question.focus();
  }

  reveal.addEventListener("click", revealAnswer);
  grades.addEventListener("click", function (event) {
    var button = event.target.closest("[data-grade]");
    if (button) grade(+button.getAttribute("data-grade"));
  });

  // Space reveals, 1 to 4 grade, unless the reader is typing, choosing or
  // using a control whose own keys matter (search, the mock interview, files).
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target.closest("input, select, textarea, [contenteditable], dialog, #practice-mock, #practice-progress, .md-search")) return;
    if (event.key === " " && !target.closest("button, a, summary")) {
      if (current && !answer.hidden) return;
      if (current) { event.preventDefault(); revealAnswer(); }
    } else if (/^[1-4]$/.test(event.key) && current && !answer.hidden) {
      event.preventDefault();
      grade(+event.key);
    }
  });

  // The topic lives in the address (#topic-...), which works from file:// too:
  // "Practise this topic" links and the table of contents set it.
  function topicFromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var section = id && document.getElementById(id);
    if (id === "practice-deck") { browse(true); return; }
    if (!section || !section.classList.contains("practice-topic")) return;
    setTopic(section.getAttribute("data-topic"));
    $("practice-flashcards").scrollIntoView();
  }
  function setTopic(value) {
    topic = value || "";
    select.value = topic;
    show();
  }
  select.addEventListener("change", function () {
    setTopic(select.value);
    var section = topic && root.querySelector('.practice-topic[data-topic="' + topic + '"]');
    try {
      history.replaceState(null, "", section ? "#" + section.id : location.pathname + location.search);
    } catch (e) { /* the address just stays as it was */ }
  });
  window.addEventListener("hashchange", topicFromHash);

  // ---- Mock interview -------------------------------------------------
  var run = $("practice-mock-run");
  var timer = { shown: $("practice-timer"), pause: $("practice-pause"), spent: 0, since: 0, tick: 0 };
  var lastDrawn = null;

  function clock() {
    var ms = timer.spent + (timer.since ? Date.now() - timer.since : 0), s = Math.floor(ms / 1000);
    return Math.floor(s / 60) + ":" + pad(s % 60);
  }
  function startTimer() {
    timer.since = Date.now();
    timer.pause.textContent = "Pause";
    timer.tick = setInterval(function () { timer.shown.textContent = clock(); }, 250);
  }
  function stopTimer() {
    if (timer.since) timer.spent += Date.now() - timer.since;
    timer.since = 0;
    clearInterval(timer.tick);
    timer.shown.textContent = clock();
  }
  timer.pause.addEventListener("click", function () {
    if (timer.since) { stopTimer(); timer.pause.textContent = "Resume"; } else { startTimer(); }
  });

  function pick(pool) {
    var choices = pool.length > 1 ? pool.filter(function (item) { return item !== lastDrawn; }) : pool;
    lastDrawn = choices[Math.floor(Math.random() * choices.length)];
    return lastDrawn;
  }

  function draw(kind) {
    var prompt = $("practice-mock-prompt"), model = $("practice-mock-answer"), context = $("practice-mock-context");
    prompt.textContent = model.textContent = "";
    if (kind === "scenario") {
      var template = pick(scenarios), parts = template.content;
      context.textContent = "Worked scenario: " + template.getAttribute("data-title");
      prompt.appendChild(parts.querySelector('[data-part="prompt"]').cloneNode(true));
      model.appendChild(parts.querySelector('[data-part="answer"]').cloneNode(true));
      var more = document.createElement("p");
      more.innerHTML = '<a href="' + template.getAttribute("data-href") + '">Read this scenario on its page</a>, with its diagram and follow-up question.';
      model.appendChild(more);
    } else {
      var card = pick(cards.filter(inTopic));
      context.textContent = card.source.textContent;
      var heading = document.createElement("p");
      heading.className = "practice-mock__question";
      heading.innerHTML = card.question.innerHTML;
      prompt.appendChild(heading);
      [].forEach.call(card.el.children, function (part) {
        if (part !== card.question) model.appendChild(part.cloneNode(true));
      });
    }
    var summary = document.createElement("p");
    summary.className = "practice-mock__summary";
    model.insertBefore(summary, model.firstChild);
    [].forEach.call(run.querySelectorAll('input[type="checkbox"]'), function (box) { box.checked = false; });
    model.hidden = true;
    $("practice-mock-reveal").hidden = false;
    timer.pause.hidden = false;
    run.hidden = false;
    stopTimer();
    timer.spent = 0;
    startTimer();
    prompt.focus();
  }
  [].forEach.call(root.querySelectorAll("[data-draw]"), function (button) {
    button.addEventListener("click", function () { draw(button.getAttribute("data-draw")); });
  });
  $("practice-mock-reveal").addEventListener("click", function () {
    stopTimer();
    timer.pause.hidden = true;
    var boxes = run.querySelectorAll('input[type="checkbox"]');
    var ticked = run.querySelectorAll('input[type="checkbox"]:checked').length;
    var model = $("practice-mock-answer");
    model.querySelector(".practice-mock__summary").textContent =
      "You covered " + ticked + " of " + boxes.length + " steps in " + clock() + ". The model answer:";
    model.hidden = false;
    $("practice-mock-reveal").hidden = true;
    model.focus();
  });

  // ---- Progress: save to a file, load from a file, reset -----------------
  var error = $("practice-error"), message = $("practice-message");
  function tell(text, isError) {
    error.textContent = isError ? text : "";
    message.textContent = isError ? "" : text;
  }

  $("practice-export").addEventListener("click", function () {
    var state = load();
    state.exported = new Date().toISOString();
    var name = "field-guide-progress-" + day() + ".json";
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([JSON.stringify(state, null, 2) + "\n"], { type: "application/json" }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    tell("Saved the progress of " + Object.keys(state.cards).length + " cards to " + name + ".");
  });

  // Returns the state to keep and how many cards it dropped, or throws an
  // Error whose message says what is wrong; nothing is saved until it passes.
  function readProgress(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) {
      throw new Error("This file is not a progress file: it is not valid JSON.");
    }
    if (!data || typeof data !== "object" || data.format !== FORMAT) {
      throw new Error('This file is not a progress file from this guide (its "format" is not "' + FORMAT + '").');
    }
    if (typeof data.version !== "number" || data.version < 1 || data.version % 1) {
      throw new Error("This progress file has no valid version number.");
    }
    if (data.version > VERSION) {
      throw new Error("This progress file is version " + data.version + ", written by a newer version of the guide; this page reads version " + VERSION + ". Load it in the newer guide, or update this copy.");
    }
    if (!data.cards || typeof data.cards !== "object" || Array.isArray(data.cards)) {
      throw new Error('This progress file has no "cards" object.');
    }
    var kept = blank(), dropped = 0;
    Object.keys(data.cards).forEach(function (id) {
      var entry = data.cards[id];
      var valid = entry && typeof entry === "object" && Number.isInteger(entry.box) && entry.box >= 1 &&
        entry.box <= TOP && DATE.test(entry.due) && DATE.test(entry.last) &&
        Number.isInteger(entry.reviews) && entry.reviews >= 1;
      if (!valid) throw new Error('The entry for card "' + id + '" is not valid (box 1 to ' + TOP + ", dates as YYYY-MM-DD, reviews from 1).");
      if (known[id]) {
        kept.cards[id] = { box: entry.box, due: entry.due, last: entry.last, reviews: entry.reviews };
      } else {
        dropped += 1;
      }
    });
    return { state: kept, dropped: dropped };
  }

  var file = $("practice-import-file");
  $("practice-import").addEventListener("click", function () { file.click(); });
  file.addEventListener("change", function () {
    var chosen = file.files[0];
    file.value = "";
    if (!chosen) return;
    if (chosen.size > 5e6) { tell("This file is too large to be a progress file. Nothing was changed.", true); return; }
    var reader = new FileReader();
    reader.onload = function () {
      var result;
      try { result = readProgress(String(reader.result)); } catch (e) {
        tell(e.message + " Nothing was changed.", true);
        return;
      }
      if (!save(result.state)) { tell("This browser does not let the page save progress. Nothing was changed.", true); return; }
      var count = Object.keys(result.state.cards).length;
      tell("Loaded the progress of " + count + (count === 1 ? " card" : " cards") + " from " + chosen.name + "." +
        (result.dropped ? " " + result.dropped + (result.dropped === 1 ? " card in the file is" : " cards in the file are") +
          " no longer in the deck and " + (result.dropped === 1 ? "was" : "were") + " left out." : ""));
      show();
    };
    reader.onerror = function () { tell("This file could not be read. Nothing was changed.", true); };
    reader.readAsText(chosen);
  });

  var dialog = $("practice-reset-dialog");
  $("practice-reset").addEventListener("click", function () {
    dialog.returnValue = "";
    dialog.showModal();
  });
  dialog.addEventListener("close", function () {
    if (dialog.returnValue === "reset") {
      try { localStorage.removeItem(KEY); } catch (e) { /* storage is off */ }
      tell("Progress reset: every card is new again.");
      show();
    }
    $("practice-reset").focus();
  });

  // ---- All cards: folded while practising, one button away ---------------
  var list = $("practice-deck-list"), browseButton = $("practice-browse");
  function browse(open) {
    list.classList.toggle("practice-deck__list--open", open);
    browseButton.setAttribute("aria-expanded", String(open));
    browseButton.textContent = open ? "Hide all cards" : "Show all cards";
  }
  browseButton.addEventListener("click", function () {
    browse(!list.classList.contains("practice-deck__list--open"));
  });

  // ---- Start: the page's head has already laid it out for practice -----
  document.documentElement.classList.add("practice-js");
  show();
  if (location.hash) topicFromHash();
})();
