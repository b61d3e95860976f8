// Revision checklist: makes the task-list boxes tickable, saves the ticks in
// localStorage (works from file:// too), shows "n of N" and offers a reset.
(function () {
  "use strict";
  var KEY = "mkfg-revision-checklist";
  var root = document.querySelector(".checklist");
  var progress = document.getElementById("checklist-progress");
  var reset = document.getElementById("checklist-reset");
  if (!root || !progress || !reset) return;

  var store = {
    load: function () {
      try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
    },
    save: function (state) {
      try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage off */ }
    }
  };

  // A stable id per item: its text, so reordering items keeps the ticks.
  function itemId(item) {
    return item.textContent.replace(/\s+/g, " ").trim().slice(0, 120);
  }

  var boxes = Array.prototype.map.call(root.querySelectorAll("li.task-list-item"), function (item) {
    var box = item.querySelector('input[type="checkbox"]');
    box.disabled = false;
    box.dataset.item = itemId(item);
    box.setAttribute("aria-label", box.dataset.item);
    return box;
  });

  function render() {
    var done = boxes.filter(function (box) { return box.checked; }).length;
    progress.textContent = done + " of " + boxes.length + " ticked";
  }

  var state = store.load();
  boxes.forEach(function (box) {
    box.checked = state[box.dataset.item] === true;
    box.addEventListener("change", function () {
      var now = store.load();
      if (box.checked) { now[box.dataset.item] = true; } else { delete now[box.dataset.item]; }
      store.save(now);
      render();
    });
  });

  reset.hidden = false;
  reset.addEventListener("click", function () {
    store.save({});
    boxes.forEach(function (box) { box.checked = false; });
    render();
  });
  render();
})();
