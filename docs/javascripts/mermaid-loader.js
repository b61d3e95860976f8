// Diagrams on demand. mkdocs-mermaid2 adds this script, only to pages that
// have diagrams, in place of the 3.6 MB Mermaid bundle. It defines the global
// `mermaid` that Material for MkDocs calls: initialize() once, then render()
// for each <pre class="mermaid">. The real Mermaid is loaded, from the copy
// vendored beside this file, when the first diagram comes near the viewport:
// the ES module build over http(s), which fetches only the chunks a diagram
// type needs, and the single-file UMD build from file://, where browsers
// refuse module scripts. Until a reader scrolls a diagram into view, a page
// runs no Mermaid code at all. The print page renders every diagram at once.
// Once a diagram has rendered, diagram-viewer.js (expand, pan and zoom,
// step-through) is loaded beside it.
(function () {
  "use strict";
  var VERSION = "11.17.2"; // scripts/vendor keeps this equal to the vendored copy
  var here = document.currentScript.src;
  var base = new URL("vendor/mermaid-" + VERSION + "/", here).href;
  var eager = !!document.getElementById("print-site-page") || !("IntersectionObserver" in window);
  var settings = {};
  var loading = null;
  var waiting = new Map(); // <pre> -> resolve
  var standIn;
  var viewer = null;

  // Readable diagrams: Mermaid's settings that Material leaves alone, added
  // to the ones it passes to initialize(). Narrower sequence actors and gaps
  // let six participants fit the content column near natural size; step
  // numbers grow from Mermaid's 12 px to 14 px, in a circle to match; and the
  // step a reader points at (diagram-viewer.js) stands out.
  var SEQUENCE = { width: 120, actorMargin: 36, messageMargin: 32, boxMargin: 8, noteMargin: 8 };
  var CSS = [
    ".sequenceNumber{font-size:14px;font-weight:700;fill:var(--md-default-bg-color)}",
    "[id$='-sequencenumber'] circle{r:8.5px;fill:var(--md-mermaid-edge-color)}",
    "text.messageText.diagram-step-active{font-weight:700;fill:var(--md-accent-fg-color)}",
    ".diagram-step-active.messageLine0,.diagram-step-active.messageLine1{stroke:var(--md-accent-fg-color);stroke-width:3px}",
    "text.sequenceNumber.diagram-step-active{text-decoration:underline}"
  ].join("");

  // Material draws each diagram into a closed shadow root, which no script of
  // the page can reach. Open it (only for Material's diagram hosts) so the
  // viewer can copy, measure and highlight the SVG; nothing visible changes.
  var attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    if (this.classList.contains("mermaid")) init = Object.assign({}, init, { mode: "open" });
    return attachShadow.call(this, init);
  };

  function loadViewer() {
    if (!viewer) {
      viewer = document.createElement("script");
      viewer.src = new URL("diagram-viewer.js", here).href;
      document.head.appendChild(viewer);
    }
  }

  var observer = eager ? null : new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting && waiting.has(entry.target)) {
        observer.unobserve(entry.target);
        waiting.get(entry.target)();
        waiting.delete(entry.target);
      }
    });
  }, { rootMargin: "0px" });

  // Printing needs every diagram: start them all when the reader prints.
  window.addEventListener("beforeprint", function () {
    waiting.forEach(function (resolve) { resolve(); });
    waiting.clear();
  });

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = src;
      tag.onload = function () {
        var real = window.mermaid; // the UMD build replaces the global
        window.mermaid = standIn;
        resolve(real);
      };
      tag.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(tag);
    });
  }

  function loadMermaid() {
    if (!loading) {
      loading = (location.protocol === "file:"
        ? loadScript(base + "mermaid.min.js")
        : import(base + "mermaid.esm.min.mjs").then(function (module) { return module.default; })
      ).then(function (mermaid) {
        mermaid.initialize(settings);
        return mermaid;
      });
    }
    return loading;
  }

  // Material renders the <pre> whose text it passes; find it to observe it.
  function claim(text) {
    var blocks = document.querySelectorAll("pre.mermaid:not([data-diagram-claimed])");
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].textContent === text) {
        blocks[i].setAttribute("data-diagram-claimed", "");
        return blocks[i];
      }
    }
    return null;
  }

  function nearViewport(block) {
    return new Promise(function (resolve) {
      if (!observer || !block) return resolve();
      waiting.set(block, resolve);
      observer.observe(block);
    });
  }

  standIn = {
    initialize: function (options) {
      settings = Object.assign({}, options);
      settings.themeCSS = (settings.themeCSS || "") + CSS;
      settings.sequence = Object.assign({}, settings.sequence, SEQUENCE);
    },
    render: function (id, text) {
      return nearViewport(claim(text)).then(loadMermaid).then(function (mermaid) {
        return mermaid.render(id, text);
      }).then(function (result) {
        setTimeout(loadViewer);
        return result;
      });
    }
  };
  window.mermaid = standIn;
})();
