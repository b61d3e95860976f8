// Diagrams on demand. mkdocs-mermaid2 adds this script, only to pages that
// have diagrams, in place of the 3.6 MB Mermaid bundle. It defines the global
// `mermaid` that Material for MkDocs calls: initialize() once, then render()
// for each <pre class="mermaid">. The real Mermaid is loaded, from the copy
// vendored beside this file, when the first diagram comes near the viewport:
// the ES module build over http(s), which fetches only the chunks a diagram
// type needs, and the single-file UMD build from file://, where browsers
// refuse module scripts. Until a reader scrolls a diagram into view, a page
// runs no Mermaid code at all. The print page renders every diagram at once.
(function () {
  "use strict";
  var VERSION = "11.17.2"; // scripts/vendor keeps this equal to the vendored copy
  var base = new URL("vendor/mermaid-" + VERSION + "/", document.currentScript.src).href;
  var eager = !!document.getElementById("print-site-page") || !("IntersectionObserver" in window);
  var settings = {};
  var loading = null;
  var waiting = new Map(); // <pre> -> resolve
  var standIn;

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
    initialize: function (options) { settings = options || {}; },
    render: function (id, text) {
      return nearViewport(claim(text)).then(loadMermaid).then(function (mermaid) {
        return mermaid.render(id, text);
      });
    }
  };
  window.mermaid = standIn;
})();
