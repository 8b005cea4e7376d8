/* Fit each slide of a deck to the projector's slide (1280×720 slide units; reveal.js scales the
   whole slide to the screen). Run on the slide being shown, again when widgets render into it:
   1. a chart (or an explorer's saved chart) grows to take the room the slide leaves it, never
      wider than the slide;
   2. a slide that still runs past the edge (or under reveal.js's arrows, bottom right) gets smaller text, step by step, down to 75 %
      (at 1280×720 that keeps 20 px body text at 14 px or more on screen); past that, the
      slide is scaled as a whole, so nothing is ever cut off.
   window.MedsosDeck.fit(section) runs it on one slide (the proof sheet and tests call it). */
(function () {
  "use strict";
  var W = 1280, H = 720, EDGE = 0.985;  // keep a thin margin inside the slide
  var CHARTS = ".medsos-chart img, .widget-output img, .jp-RenderedImage img, img.mse-chart";
  var WIDE = "pre, table, .jp-OutputArea-output, .jp-RenderedHTMLCommon, .widget-box, .medsos-explorer";
  var SIZES = {"--jp-content-font-size1": 20, "--jp-ui-font-size1": 20, "--jp-code-font-size": 19,
               "--jp-widgets-font-size": 17, "--jp-widgets-inline-height": 34};
  var SMALLEST = 0.75;

  // The slide's content, in slide units: from the section's top to the lowest thing drawn
  // (widgets lay out with absolute and flex boxes that scrollHeight does not always count).
  function extent(section) {
    var box = section.getBoundingClientRect();
    var k = section.offsetWidth ? box.width / section.offsetWidth : 1;
    var bottom = box.top + section.scrollHeight * k, left = box.left, right = box.right;
    section.querySelectorAll("*").forEach(function (el) {
      // notes are not shown; a <select>'s options report boxes for the list it would open
      if (el.closest("aside.notes") || el.closest("option, optgroup")) return;
      var r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return;
      bottom = Math.max(bottom, r.bottom); left = Math.min(left, r.left); right = Math.max(right, r.right);
    });
    return {height: (bottom - box.top) / k, width: (right - left) / k};
  }

  function tall(section) { return extent(section).height; }

  // reveal.js's arrows, drawn over the slide's bottom-right corner (screen rectangles)
  function arrows() {
    return Array.prototype.map.call(document.querySelectorAll(".reveal .controls button"), function (b) {
      return b.getBoundingClientRect();
    }).filter(function (r) { return r.width > 1 && r.height > 1; });
  }

  // Does a line of text (each line box of each text node) reach under the arrows?
  function underArrows(section) {
    var corner = arrows();
    if (!corner.length) return false;
    var walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT), node, range = document.createRange();
    while ((node = walker.nextNode())) {
      if (!node.textContent.trim() || !node.parentElement || node.parentElement.closest("aside.notes")) continue;
      range.selectNodeContents(node);
      var lines = range.getClientRects();
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        for (var j = 0; j < corner.length; j++) {
          var a = corner[j];
          if (line.right > a.left + 2 && line.left < a.right - 2 && line.bottom > a.top + 2 && line.top < a.bottom - 2) return true;
        }
      }
    }
    return false;
  }

  function fits(section) {
    var size = extent(section);
    if (size.height > H * EDGE + 0.5 || size.width > W + 4) return false;
    if (underArrows(section)) return false;
    var boxes = section.querySelectorAll(WIDE);
    for (var i = 0; i < boxes.length; i++) {
      // a few px of a widget's own padding scrolling inside it is not content cut off
      if (boxes[i].scrollWidth > boxes[i].clientWidth + 8) return false;
    }
    return true;
  }

  function reset(section) {
    section.classList.remove("medsos-scaled");
    section.style.transform = "";
    Object.keys(SIZES).forEach(function (name) { section.style.removeProperty(name); });
    section.querySelectorAll(CHARTS).forEach(function (img) {
      img.style.height = ""; img.style.width = ""; img.style.maxHeight = ""; img.style.maxWidth = "";
    });
  }

  function charts(section) {
    return Array.prototype.filter.call(section.querySelectorAll(CHARTS), function (img) {
      return img.naturalWidth > 0 && img.naturalHeight > 0;
    });
  }

  // The tallest the charts can be with the slide still fitting (a binary search: a chart
  // beside an explorer's controls grows with no change in the slide's height at first).
  function grow(section, images) {
    if (!images.length) return;
    var caps = images.map(function (img) {
      img.style.maxWidth = "none"; img.style.maxHeight = "none"; img.style.width = "auto";
      var holder = img.closest(".widget-output, .jp-OutputArea-output") || section;
      var widest = Math.min(W * EDGE, holder.clientWidth || W) - 8;
      return widest * img.naturalHeight / img.naturalWidth;
    });
    function set(h) {
      images.forEach(function (img, i) { img.style.height = Math.min(h, caps[i]).toFixed(1) + "px"; });
    }
    var lo = 120, hi = Math.max.apply(null, caps.concat([lo]));
    set(lo);
    if (!fits(section)) return;
    for (var step = 0; step < 9 && hi - lo > 2; step++) {
      var mid = (lo + hi) / 2;
      set(mid);
      if (fits(section)) lo = mid; else hi = mid;
    }
    set(lo);
  }

  function textScale(section, scale, images, heights) {
    Object.keys(SIZES).forEach(function (name) {
      section.style.setProperty(name, (SIZES[name] * scale).toFixed(1) + "px");
    });
    images.forEach(function (img, i) { img.style.height = (heights[i] * scale).toFixed(1) + "px"; });
  }

  function fit(section) {
    if (!section || section.querySelector("section")) return;  // a stack: fit its slides
    reset(section);
    var images = charts(section);
    grow(section, images);
    var heights = images.map(function (img) { return parseFloat(img.style.height); });
    for (var scale = 0.95; !fits(section) && scale >= SMALLEST - 0.001; scale -= 0.05) {
      textScale(section, scale, images, heights);
    }
    if (!fits(section)) {
      var k = Math.min(H * EDGE / tall(section), W / Math.max(section.scrollWidth, 1));
      section.classList.add("medsos-scaled");
      section.style.transform = "scale(" + k.toFixed(3) + ")";
      for (var n = 0; n < 8 && underArrows(section); n++) {  // the last lines clear of the arrows
        k *= 0.97;
        section.style.transform = "scale(" + k.toFixed(3) + ")";
      }
    }
    section.dataset.medsosFitted = "1";
  }

  function install(Reveal) {
    var pending = null;
    function current() {
      fit(Reveal.getCurrentSlide());
      Reveal.layout();
    }
    Reveal.on("ready", current);
    Reveal.on("slidechanged", current);
    if (Reveal.isReady && Reveal.isReady()) current();
    var slides = document.querySelector(".reveal .slides");
    if (slides && window.MutationObserver) {
      new MutationObserver(function () {
        clearTimeout(pending);
        pending = setTimeout(current, 60);
      }).observe(slides, {childList: true, subtree: true});
    }
    document.querySelectorAll(".reveal img").forEach(function (img) {
      if (!img.complete) img.addEventListener("load", function () { current(); });
    });
  }

  window.MedsosDeck = {fit: fit, install: install, width: W, height: H};
})();
