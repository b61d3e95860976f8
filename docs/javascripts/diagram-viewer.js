// Diagrams a reader can open, move around in and follow step by step.
// mermaid-loader.js loads this script once the first diagram of a page has
// rendered. For every rendered diagram it:
// - adds an "Open full screen" button under the diagram (a click or tap on the
//   diagram does the same) that opens it in a full-screen <dialog>, where the vendored Panzoom library pans and zooms it
//   with mouse, touch and the keyboard (+, -, 0 to fit, arrow keys);
// - links the messages of a numbered sequence diagram (`autonumber`) to the
//   numbered list right after its figure: pointing at or focusing step N
//   highlights message N, and pointing at message N highlights step N.
// The dialog opens with labels at READABLE px or larger, so a phone shows
// legible text and the reader pans; "Fit" shows the whole diagram.
(function () {
  "use strict";
  var PANZOOM = "4.6.2"; // scripts/vendor keeps this equal to the vendored copy
  var READABLE = 14; // px: the smallest label size the full-screen view opens at
  var PAN_STEP = 60; // px moved by one arrow key press
  var base = document.currentScript.src;
  var panzoomLoading = null;
  var viewer = null; // { dialog, title, stage, canvas, root, help }
  var open = null; // { host, panzoom, fit }
  var counter = 0;

  function svgOf(host) {
    return host.shadowRoot ? host.shadowRoot.querySelector("svg") : null;
  }

  function titleOf(svg) {
    var title = svg.querySelector(":scope > title");
    return title && title.textContent.trim() ? title.textContent.trim() : "Diagram";
  }

  function loadPanzoom() {
    if (!panzoomLoading) {
      panzoomLoading = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = new URL("vendor/panzoom-" + PANZOOM + ".min.js", base).href;
        tag.onload = function () { resolve(window.Panzoom); };
        tag.onerror = function () { reject(new Error("cannot load " + tag.src)); };
        document.head.appendChild(tag);
      });
    }
    return panzoomLoading;
  }

  // ---- The inline diagram: a real button under it opens the full-screen view ----
  // The button, not the diagram, takes focus: a button wrapped around the
  // SVG would hide the diagram's own text and name from screen readers. A
  // click or tap anywhere on the diagram opens the view too.

  function openerOf(host) {
    var next = host.nextElementSibling;
    return next && next.classList.contains("diagram-open") ? next : null;
  }

  function enhance(host) {
    var svg = svgOf(host);
    if (!svg || host.hasAttribute("data-diagram-viewer")) return;
    host.setAttribute("data-diagram-viewer", "");
    var opener = openerOf(host);
    if (!opener) {
      opener = document.createElement("button");
      opener.type = "button";
      opener.className = "diagram-open";
      opener.setAttribute("aria-haspopup", "dialog");
      var cue = document.createElement("span");
      cue.textContent = "Open full screen";
      var name = document.createElement("span");
      name.className = "diagram-open__title";
      opener.append(cue, name);
      host.after(opener);
    }
    opener.querySelector(".diagram-open__title").textContent = ": " + titleOf(svg);
    opener.onclick = function () { show(host); };
    host.addEventListener("click", function () { show(host); });
    var desc = svg.querySelector(":scope > desc");
    if (desc && desc.textContent.trim() && !host.hasAttribute("data-description")) {
      // The full-screen view's copy lives in its own shadow root: give it the
      // description by id from the page.
      var note = document.createElement("span");
      note.id = "diagram-description-" + ++counter;
      note.hidden = true;
      note.textContent = desc.textContent.trim();
      opener.after(note);
      host.setAttribute("data-description", note.id);
    }
    bindSteps(host, svg);
  }

  // ---- Step-through: numbered messages <-> the numbered list ----

  function bindSteps(host, svg) {
    var numbers = svg.querySelectorAll("text.sequenceNumber");
    var figure = host.closest("figure") || host;
    var list = figure.nextElementSibling;
    if (!numbers.length || !list || list.tagName !== "OL") return;
    var items = list.querySelectorAll(":scope > li");
    var texts = svg.querySelectorAll("text.messageText");
    var lines = svg.querySelectorAll(".messageLine0, .messageLine1");
    if (items.length !== numbers.length || texts.length !== numbers.length || lines.length !== numbers.length) return;
    list.classList.add("diagram-steps");
    items.forEach(function (item, index) {
      var parts = [numbers[index], texts[index], lines[index]];
      var on = function () { highlight(item, parts, true); };
      var off = function () { highlight(item, parts, false); };
      item.tabIndex = 0;
      item.addEventListener("mouseenter", on);
      item.addEventListener("mouseleave", off);
      item.addEventListener("focus", on);
      item.addEventListener("blur", off);
      parts.forEach(function (part) {
        part.addEventListener("mouseenter", on);
        part.addEventListener("mouseleave", off);
      });
    });
  }

  function highlight(item, parts, active) {
    item.classList.toggle("diagram-step-active", active);
    parts.forEach(function (part) { part.classList.toggle("diagram-step-active", active); });
  }

  // ---- The full-screen view ----

  function button(text, label, action) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "diagram-viewer__button";
    element.textContent = text;
    if (label) element.setAttribute("aria-label", label);
    element.addEventListener("click", action);
    return element;
  }

  function build() {
    var dialog = document.createElement("dialog");
    dialog.className = "diagram-viewer";
    dialog.setAttribute("aria-labelledby", "diagram-viewer-title");
    var bar = document.createElement("div");
    bar.className = "diagram-viewer__bar";
    var title = document.createElement("h2");
    title.id = "diagram-viewer-title";
    title.className = "diagram-viewer__title";
    var tools = document.createElement("div");
    tools.className = "diagram-viewer__tools";
    tools.append(
      button("+", "Zoom in", function () { open && open.panzoom.zoomIn(); }),
      button("\u2212", "Zoom out", function () { open && open.panzoom.zoomOut(); }),
      button("Fit", "Fit the whole diagram", function () { fit(); }),
      button("Close", null, function () { dialog.close(); })
    );
    bar.append(title, tools);
    var stage = document.createElement("div");
    stage.className = "diagram-viewer__stage";
    stage.tabIndex = 0;
    stage.setAttribute("role", "img");
    var canvas = document.createElement("div");
    canvas.className = "diagram-viewer__canvas";
    var root = canvas.attachShadow({ mode: "open" });
    stage.append(canvas);
    var help = document.createElement("p");
    help.className = "diagram-viewer__help";
    help.textContent = "Drag, or use the arrow keys, to move. Wheel, pinch, + and \u2212 zoom; 0 fits the whole diagram. Esc closes.";
    dialog.append(bar, stage, help);
    dialog.addEventListener("keydown", keys);
    dialog.addEventListener("close", closed);
    stage.addEventListener("wheel", function (event) {
      if (open) open.panzoom.zoomWithWheel(event);
    }, { passive: false });
    document.body.append(dialog);
    return { dialog: dialog, title: title, stage: stage, canvas: canvas, root: root };
  }

  function keys(event) {
    if (!open || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest && event.target.closest("button") && (event.key === "Enter" || event.key === " ")) return;
    var step = PAN_STEP / open.panzoom.getScale();
    var actions = {
      "+": function () { open.panzoom.zoomIn(); },
      "=": function () { open.panzoom.zoomIn(); },
      "-": function () { open.panzoom.zoomOut(); },
      "_": function () { open.panzoom.zoomOut(); },
      "0": function () { fit(); },
      ArrowLeft: function () { open.panzoom.pan(step, 0, { relative: true }); },
      ArrowRight: function () { open.panzoom.pan(-step, 0, { relative: true }); },
      ArrowUp: function () { open.panzoom.pan(0, step, { relative: true }); },
      ArrowDown: function () { open.panzoom.pan(0, -step, { relative: true }); }
    };
    if (actions[event.key]) {
      event.preventDefault();
      actions[event.key]();
    }
  }

  // The diagram's smallest label at its natural size (CSS px).
  function smallestLabel(svg) {
    var sizes = [];
    svg.querySelectorAll("text, foreignObject *").forEach(function (element) {
      if (element.textContent.trim()) sizes.push(parseFloat(getComputedStyle(element).fontSize));
    });
    return sizes.length ? Math.min.apply(null, sizes) : 16;
  }

  // Place the canvas at `scale`: centred where it fits, from its top left where it does not.
  function place(scale) {
    var stage = viewer.stage.getBoundingClientRect();
    var width = viewer.canvas.offsetWidth;
    var height = viewer.canvas.offsetHeight;
    // Panzoom scales around the canvas centre, then translates in canvas units.
    var left = Math.max(0, (stage.width - width * scale) / 2);
    var top = Math.max(0, (stage.height - height * scale) / 2);
    open.panzoom.zoom(scale, { animate: false });
    open.panzoom.pan((left - width / 2) / scale + width / 2, (top - height / 2) / scale + height / 2, { animate: false, force: true });
  }

  function fit() {
    if (open) place(open.fit);
  }

  function show(host) {
    var svg = svgOf(host);
    if (!svg) return;
    if (!viewer) viewer = build();
    var copy = svg.cloneNode(true);
    var box = svg.viewBox.baseVal;
    var width = box && box.width ? box.width : svg.getBoundingClientRect().width;
    var height = box && box.height ? box.height : svg.getBoundingClientRect().height;
    copy.removeAttribute("style");
    copy.setAttribute("width", width);
    copy.setAttribute("height", height);
    copy.querySelectorAll(".diagram-step-active").forEach(function (part) { part.classList.remove("diagram-step-active"); });
    viewer.root.replaceChildren(copy);
    viewer.canvas.style.width = width + "px";
    viewer.canvas.style.height = height + "px";
    viewer.title.textContent = titleOf(svg);
    viewer.stage.setAttribute("aria-label", titleOf(svg) + ", zoomable view");
    var description = host.getAttribute("data-description");
    if (description) viewer.stage.setAttribute("aria-describedby", description);
    else viewer.stage.removeAttribute("aria-describedby");
    viewer.dialog.showModal();
    open = { host: host, panzoom: null, fit: 1 };
    var current = open;
    loadPanzoom().then(function (Panzoom) {
      if (open !== current) return;
      var stage = viewer.stage.getBoundingClientRect();
      var fitScale = Math.min(stage.width / width, stage.height / height);
      var readable = READABLE / smallestLabel(copy);
      current.fit = fitScale;
      current.panzoom = Panzoom(viewer.canvas, {
        canvas: true,
        maxScale: Math.max(4, readable * 3),
        minScale: Math.min(fitScale, readable) / 2,
        step: 0.25,
        cursor: "grab"
      });
      place(Math.max(readable, Math.min(fitScale, 2)));
      viewer.dialog.setAttribute("data-ready", "");
      viewer.stage.focus();
    });
  }

  function closed() {
    viewer.dialog.removeAttribute("data-ready");
    if (!open) return;
    var host = open.host;
    if (open.panzoom) open.panzoom.destroy();
    viewer.root.replaceChildren();
    viewer.canvas.removeAttribute("style");
    open = null;
    var opener = openerOf(host);
    (opener || host).focus();
  }

  // Enhance the diagrams already drawn and each one Material draws later.
  document.querySelectorAll("div.mermaid").forEach(enhance);
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.nodeType === 1 && node.matches("div.mermaid")) enhance(node);
      });
    });
  }).observe(document.body, { childList: true, subtree: true });
})();
