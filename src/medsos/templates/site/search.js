/* The site's offline search (medsos.sitebuild.search). Nothing loads until the box gets the
   focus: then MiniSearch (build/assets/minisearch.js) and the language's index
   ({lang}/search-index.js, a script, so it works from file:// too) are added as script tags,
   and the sections are indexed in the browser. Results link to the section's heading. */
(function () {
  'use strict';
  // Indonesian: a light affix stripper after Tala (particles, possessives, the common
  // prefixes and suffixes), applied to the pages and the query alike, so "kampanyenya"
  // finds "kampanye" and "diunggah" finds "mengunggah". English words are only lower-cased.
  function stemId(word) {
    var w = word;
    function strip(re) { var m = w.match(re); if (m && w.length - m[0].length >= 4) { w = w.slice(0, w.length - m[0].length); return true; } return false; }
    function unprefix(re) { var m = w.match(re); if (m && w.length - m[0].length >= 4) { w = w.slice(m[0].length); return true; } return false; }
    strip(/(kah|lah|pun|tah)$/);
    strip(/(nya|ku|mu)$/);
    if (!unprefix(/^(meng|meny|mem|men|me|peng|peny|pem|pen|di|ter|ke)/)) {
      unprefix(/^(ber|be|per|pe)/);
    } else {
      unprefix(/^(ber|be|per)/);
    }
    strip(/(kan|an|i)$/);
    return w;
  }
  function processor(lang) {
    return function (term) {
      var t = term.toLowerCase();
      if (t.length < 2) return null;
      return lang === 'id' && /^[a-z]+$/.test(t) && t.length > 5 ? stemId(t) : t;
    };
  }
  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src; s.onload = resolve; s.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(s);
    });
  }
  function setup(form) {
    var input = form.querySelector('input');
    var list = form.querySelector('.medsos-search-results');
    var lang = form.dataset.lang, engine = null, loading = null, timer = null;
    function load() {
      if (!loading) {
        // lesson pages load require.js, and a UMD script that sees define.amd registers
        // itself as an AMD module instead of window.MiniSearch: hide define meanwhile
        var define = window.define;
        window.define = undefined;
        loading = addScript(form.dataset.engine)
          .finally(function () { window.define = define; })
          .then(function () { return addScript(form.dataset.index); })
          .then(function () {
            var process = processor(lang);
            engine = new window.MiniSearch({
              fields: ['title', 'text'],
              storeFields: ['title', 'page', 'url', 'snippet'],
              processTerm: process
            });
            engine.addAll(window.MEDSOS_SEARCH_INDEX.docs);
            return engine;
          });
      }
      return loading;
    }
    function show(hits) {
      list.textContent = '';
      if (!hits.length) {
        var none = document.createElement('li'); none.textContent = form.dataset.none; list.appendChild(none); return;
      }
      hits.slice(0, 8).forEach(function (hit) {
        var li = document.createElement('li'), a = document.createElement('a'), small = document.createElement('span');
        a.href = form.dataset.root + hit.url; a.textContent = hit.title;
        small.className = 'medsos-search-page'; small.textContent = hit.page === hit.title ? '' : ' · ' + hit.page;
        li.appendChild(a); li.appendChild(small);
        list.appendChild(li);
      });
    }
    function run() {
      var q = input.value.trim();
      if (q.length < 2) { list.textContent = ''; return; }
      load().then(function (ms) {
        show(ms.search(q, {prefix: true, fuzzy: 0.2, boost: {title: 2}, combineWith: 'AND'}));
      });
    }
    input.addEventListener('focus', load, {once: true});
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
    input.addEventListener('keydown', function (event) { if (event.key === 'Escape') { input.value = ''; list.textContent = ''; } });
  }
  function start() { document.querySelectorAll('form.medsos-search').forEach(setup); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
