/* medsos lazy assets: load a page's heavy scripts only when the reader nears what needs them.

   Why: a lesson page must paint fast on a phone on metered data. The Jupyter widget manager
   (3.6 MB) and require.js are needed only to draw the explorers' saved states, far down the
   page, so they are loaded when an explorer comes near the viewport, never in the page's head.

   Declare a group in the page (any number; each script URL is loaded once for all groups):
     <script type="application/json" data-medsos-lazy>
       {"near": ".jupyter-widgets", "scripts": ["../../assets/require.js", "..."], "margin": "50%"}
     </script>
   "near": a CSS selector; the group loads when the first element matching it comes within
   "margin" (of the viewport's height; default 50%) of the viewport. "scripts": loaded in
   order, each after the previous one ran. Or from a script:
     medsosLazy.register(".my-explorer", ["../../assets/x.js"], {margin: "50%"}).then(...)
   register() returns a Promise resolved once the group's scripts have run (rejected if one
   fails to load). medsosLazy.load(urls) loads scripts now. Works from file:// (plain
   <script src>, no fetch). Without IntersectionObserver everything loads after "load". */
(function () {
  'use strict';
  var loaded = {};

  function loadOne(url) {
    if (!loaded[url]) {
      loaded[url] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = url;
        script.async = false;
        script.onload = function () { resolve(url); };
        script.onerror = function () { reject(new Error('medsos lazy: could not load ' + url)); };
        document.body.appendChild(script);
      });
    }
    return loaded[url];
  }

  function load(urls) {
    return urls.reduce(function (chain, url) {
      return chain.then(function () { return loadOne(url); });
    }, Promise.resolve());
  }

  function register(selector, urls, options) {
    var margin = (options && options.margin) || '50%';
    return new Promise(function (resolve, reject) {
      var targets = document.querySelectorAll(selector);
      if (!targets.length) { resolve(false); return; }
      var started = false;
      function go() {
        if (started) { return; }
        started = true;
        load(urls).then(function () { resolve(true); }, reject);
      }
      if (!('IntersectionObserver' in window)) {
        if (document.readyState === 'complete') { go(); } else { window.addEventListener('load', go); }
        return;
      }
      var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) {
          observer.disconnect();
          go();
        }
      }, {rootMargin: margin + ' 0px ' + margin + ' 0px'});
      targets.forEach(function (el) { observer.observe(el); });
    });
  }

  function start() {
    document.querySelectorAll('script[data-medsos-lazy]').forEach(function (el) {
      var group;
      try { group = JSON.parse(el.textContent); } catch (e) {
        console.warn('medsos lazy: a group is not JSON', e);
        return;
      }
      register(group.near, group.scripts || [], group).catch(function (e) { console.warn(e.message); });
    });
  }

  window.medsosLazy = {register: register, load: load};
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
