/* Explorers that answer with no kernel: plain HTML controls over precomputed states.

   The build (medsos.sitebuild.explorers) wrote, per explorer, the charts of its curated
   states (drawn by the widget's own code) and states.js, which registers them in
   window.MEDSOS_EXPLORERS. Changing a control picks the state with that choice that keeps
   most of the other choices, sets every control to it, and swaps the image, its alt text
   and caption, or shows the live widget's message for a refused choice.
   Self-contained, loaded with defer; images load lazily (the browser's loading="lazy"). */
(function () {
  'use strict';
  if (window.medsosExplorers) { return; }
  var ready = {};

  function controlsOf(root) {
    return Array.prototype.slice.call(root.querySelectorAll('.mse-control'));
  }

  function read(box, kind) {
    if (kind === 'checkbox') {
      return box.querySelector('input').checked;
    }
    if (kind === 'radio') {
      var on = box.querySelector('input:checked');
      return on ? Number(on.value) : -1;
    }
    var field = box.querySelector('select, input');
    return Number(field.value);
  }

  function tokenOf(control, value) {
    if (control.kind !== 'checkbox') { return value; }
    for (var i = 0; i < control.on.length; i++) {
      if (control.on[i] === value) { return i; }
    }
    return -1;
  }

  function show(root, data, index) {
    var state = data.states[index];
    root.setAttribute('data-state', String(index));
    data.controls.forEach(function (control) {
      var box = root.querySelector('[data-control="' + control.name + '"]');
      var token = state.v[control.name];
      var offered = state.a[control.name] || [];
      box.hidden = state.h.indexOf(control.name) >= 0;
      if (control.kind === 'checkbox') {
        box.querySelector('input').checked = !!control.on[token];
      } else if (control.kind === 'radio') {
        box.querySelectorAll('input').forEach(function (input) {
          var i = Number(input.value);
          input.checked = i === token;
          input.parentNode.hidden = offered.indexOf(i) < 0;
        });
      } else if (control.kind === 'range') {
        var range = box.querySelector('input');
        range.value = String(token);
        range.setAttribute('aria-valuetext', control.labels[token]);
        box.querySelector('output').textContent = control.labels[token];
      } else {
        var select = box.querySelector('select');
        Array.prototype.forEach.call(select.options, function (option) {
          var off = offered.indexOf(Number(option.value)) < 0;
          option.hidden = off;
          option.disabled = off;
        });
        select.value = String(token);
      }
    });
    var figure = root.querySelector('.mse-figure');
    var image = root.querySelector('.mse-chart');
    var message = root.querySelector('.mse-message');
    if (state.img) {
      image.src = root.getAttribute('data-base') + state.img;
      image.alt = state.alt;
      if (state.size) { image.width = state.size[0]; image.height = state.size[1]; }
      if (state.px) { image.setAttribute('data-min-text-px', String(state.px)); }
      root.querySelector('.mse-caption').textContent = state.caption;
      figure.hidden = false;
      message.hidden = true;
      message.innerHTML = '';
    } else {
      figure.hidden = true;
      message.innerHTML = state.msg || '';  /* the course's own message, written at build time */
      message.hidden = false;
    }
    root.querySelector('.mse-live').textContent = state.img ? state.title : message.textContent;
  }

  function choose(root, data, name, token) {
    var now = data.states[Number(root.getAttribute('data-state') || 0)];
    var best = -1;
    var bestScore = -1;
    data.states.forEach(function (state, i) {
      if (state.v[name] !== token) { return; }
      var score = 0;
      data.controls.forEach(function (control) {
        if (control.name !== name && state.v[control.name] === now.v[control.name]) { score++; }
      });
      if (score > bestScore) { best = i; bestScore = score; }
    });
    if (best >= 0) { show(root, data, best); }
  }

  function wire(root) {
    var key = root.getAttribute('data-explorer');
    var data = (window.MEDSOS_EXPLORERS || {})[key];
    if (!data || root.getAttribute('data-ready')) { return; }
    root.setAttribute('data-ready', '1');
    root.setAttribute('data-state', '0');
    data.controls.forEach(function (control) {
      var box = root.querySelector('[data-control="' + control.name + '"]');
      box.querySelectorAll('input, select').forEach(function (field) {
        field.disabled = false;
        var event = control.kind === 'range' ? 'input' : 'change';
        field.addEventListener(event, function () {
          choose(root, data, control.name, tokenOf(control, read(box, control.kind)));
        });
      });
    });
    ready[key] = true;
  }

  function start() {
    document.querySelectorAll('.medsos-static-explorer').forEach(wire);
  }

  function showState(root, index) {
    var data = (window.MEDSOS_EXPLORERS || {})[root.getAttribute('data-explorer')];
    if (data) { show(root, data, index); }
  }

  window.medsosExplorers = {start: start, ready: ready, show: showState};
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
