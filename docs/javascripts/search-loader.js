// Search index on demand. The full-text index is most of a page's weight, and
// most visits never search, so the build (overrides/hooks/lazy_search.py)
// ships Material's search with an index without documents and writes the
// full index beside it. This script, loaded in the page head, keeps a handle on the
// search worker Material starts, and the first time the reader opens search it
// loads the full index and hands it to that worker in the same set-up message
// Material sent, with the full documents. Works from file:// (script tag) and
// over http(s) (fetch).
(function () {
  "use strict";
  var Native = window.Worker;
  if (!Native) return;
  var worker = null;
  var setup = null;
  var loading = null;

  function Wrapped(url, options) {
    var instance = new Native(url, options);
    if (/\/workers\/search\.[^/]*\.js/.test(String(url)) && !worker) {
      worker = instance;
      var post = instance.postMessage.bind(instance);
      instance.postMessage = function (message, transfer) {
        if (!setup && message && message.data && Array.isArray(message.data.docs)) setup = message;
        return post(message, transfer);
      };
    }
    return instance;
  }
  Wrapped.prototype = Native.prototype;
  window.Worker = Wrapped;

  function fullIndex() {
    var config = JSON.parse(document.getElementById("__config").textContent);
    var root = new URL(config.base.replace(/\/?$/, "/"), location.href);
    if (location.protocol === "file:") {
      return new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = new URL("search/search_index.full.js", root).href;
        tag.onload = function () { resolve(window.__fullIndex); };
        tag.onerror = reject;
        document.head.appendChild(tag);
      });
    }
    return fetch(new URL("search/search_index.full.json", root)).then(function (r) { return r.json(); });
  }

  function upgrade() {
    if (loading || !worker) return;
    loading = fullIndex().then(function (index) {
      var message = Object.assign({}, setup, { data: Object.assign({}, setup.data, { docs: index.docs }) });
      worker.postMessage(message);
      // The worker handles messages in order, so a query sent now meets the
      // full index. Material only re-sends a query whose text changed: nudge it.
      var query = document.querySelector("[data-md-component=search-query]");
      if (query && query.value) {
        var text = query.value;
        query.value = text + " ";
        query.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
        query.value = text;
        query.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
      }
    });
  }

  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.matches && event.target.matches("[data-md-component=search-query]")) upgrade();
  });
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search" && event.target.checked) upgrade();
  });
})();
