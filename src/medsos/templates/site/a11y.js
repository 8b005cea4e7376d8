/* Give every rendered widget control an accessible name: ipywidgets' range sliders draw
   handles with role="slider" but no label. The name comes from the widget's own label. */
(function () {
  function name(el) {
    var box = el.closest('.widget-inline-hbox, .widget-slider, .widget-hslider, .jupyter-widgets');
    var label = box && box.querySelector('.widget-label, label');
    return (label && label.textContent.trim()) || el.getAttribute('aria-valuetext') || 'control';
  }
  function fix(root) {
    root.querySelectorAll('[role="slider"], select, input, textarea, [role="listbox"]').forEach(function (el) {
      if (!el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !el.labels?.length) {
        el.setAttribute('aria-label', name(el));
      }
    });
  }
  new MutationObserver(function () { fix(document); })
    .observe(document.documentElement, {childList: true, subtree: true});
  // pages load this script lazily, with the widget manager (lazy.js), often after the parse
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { fix(document); });
  } else {
    fix(document);
  }
})();
