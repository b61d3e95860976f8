// Search index on demand. The full-text index is most of a page's weight, and
// most visits never search, so the build (overrides/hooks/lazy_search.py)
// ships Material's search with an index without documents and writes the
// full index beside it. This script, loaded in the page head, keeps a handle on the
// search worker Material starts, and the first time the reader opens search it
// loads the full index and hands it to that worker in the same set-up message
// Material sent, with the full documents. Works from file:// (script tag) and
// over http(s) (fetch). It also tidies each query before the worker sees it
// (see tidyQuery).
(function () {
  "use strict";
  var Native = window.Worker;
  if (!Native) return;
  var worker = null;
  var setup = null;
  var loading = null;
  var QUERY = 2; // Material's SearchMessageType.QUERY (SETUP, READY, QUERY, RESULT)

  function Wrapped(url, options) {
    var instance = new Native(url, options);
    if (/\/workers\/search\.[^/]*\.js/.test(String(url)) && !worker) {
      worker = instance;
      var post = instance.postMessage.bind(instance);
      instance.postMessage = function (message, transfer) {
        if (!setup && message && message.data && Array.isArray(message.data.docs)) setup = message;
        if (message && message.type === QUERY && typeof message.data === "string") {
          message = Object.assign({}, message, { data: tidyQuery(message.data) });
        }
        return post(message, transfer);
      };
    }
    return instance;
  }
  Wrapped.prototype = Native.prototype;

  // The English stop words of lunr 2.3.9, the search library in Material's
  // worker, which leaves them out of the index. tests/test_search.py checks
  // this list against the worker Material ships.
  var STOP_WORDS = new Set(("a able about across after all almost also am among an and any are as at be " +
    "because been but by can cannot could dear did do does either else ever every for from get got had " +
    "has have he her hers him his how however i if in into is it its just least let like likely may me " +
    "might most must my neither no nor not of off often on only or other our own rather said say says " +
    "she should since so some than that the their them then there these they this tis to too twas us " +
    "wants was we were what when where which while who whom why will with would yet you your").split(" "));

  // Make a query typed the way learners type it mean what they meant.
  // Material turns each word into a prefix search, and lunr reads a leading
  // "-" as "exclude", so:
  // - "--cloud-provider" (a command-line flag) is searched as "cloud-provider"
  //   instead of excluding everything; a single "-word" still excludes;
  // - stop words are dropped ("how would you run kubernetes in aws"): the
  //   index has none, and as prefixes they match unrelated words (in*: ingress);
  // - a camelCase name also searches its lower-case whole form, which the
  //   build indexes beside its parts (overrides/hooks/search_keywords.py).
  function tidyQuery(query) {
    var words = query.replace(/(^|\s)--+(?=[^\s-])/g, "$1").split(/\s+/).filter(Boolean);
    var kept = words.filter(function (word) { return !STOP_WORDS.has(word.toLowerCase()); });
    if (!kept.length) kept = words;
    var wholes = kept.filter(function (word) { return /^[A-Za-z]\w*$/.test(word) && /[a-z][A-Z]|[A-Z][A-Z][a-z]/.test(word); })
      .map(function (word) { return word.toLowerCase(); });
    return kept.concat(wholes).join(" ");
  }
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
