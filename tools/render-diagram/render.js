/*
 * Page script for render.sh (runs in headless Chromium).
 *
 * Query parameters:
 *   data     file:// URL of a script that sets window.BPMN_XML (written by render.sh)
 *   padding  white space around the diagram, in CSS px (default 20)
 *   footer   extra space below the diagram for the bpmn.io watermark, in CSS px (default 24)
 *   w, h     viewport size of the screenshot pass; without them the page only measures
 *
 * Results are written to <body> attributes so `chromium --dump-dom` can read them:
 *   data-status   "done" or "error"
 *   data-width / data-height   page size (CSS px) that fits the diagram plus padding
 *   data-warnings / data-error
 */
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var padding = Number(params.get('padding') || 20);
  var footer = Number(params.get('footer') || 24);
  var shotWidth = Number(params.get('w') || 0);
  var shotHeight = Number(params.get('h') || 0);
  var body = document.body;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('cannot load diagram data from ' + src)); };
      document.head.appendChild(s);
    });
  }

  function fail(err) {
    body.setAttribute('data-status', 'error');
    // one line, so render.sh can read it from the dumped DOM
    body.setAttribute('data-error', String(err && err.message || err).replace(/\s+/g, ' '));
  }

  async function main() {
    var data = params.get('data');
    if (!data) {
      throw new Error('missing ?data= parameter');
    }
    await loadScript(data);
    if (typeof window.BPMN_XML !== 'string') {
      throw new Error('diagram data did not define window.BPMN_XML');
    }

    var container = document.getElementById('canvas');
    if (shotWidth && shotHeight) {
      // Fixed size, independent of the viewport headless Chromium reports (which can be
      // smaller than --window-size); the screenshot covers the whole window.
      container.style.right = 'auto';
      container.style.bottom = 'auto';
      container.style.width = shotWidth + 'px';
      container.style.height = shotHeight + 'px';
    }

    var viewer = new BpmnJS({ container: container });
    var result = await viewer.importXML(window.BPMN_XML);
    var canvas = viewer.get('canvas');

    // Zoom to fit, then read the diagram's bounding box (shapes, connections and labels).
    canvas.zoom('fit-viewport', 'auto');
    var inner = canvas.viewbox().inner;
    if (!inner || !inner.width || !inner.height) {
      throw new Error('the diagram is empty (no BPMN DI shapes to draw)');
    }

    var box = {
      x: inner.x - padding,
      y: inner.y - padding,
      width: inner.width + 2 * padding,
      height: inner.height + 2 * padding
    };

    if (shotWidth && shotHeight) {
      // Screenshot pass: show exactly the padded bounding box, scaled to fit the viewport
      // (scale 1 when the viewport was sized from the measuring pass).
      canvas.viewbox(box);
    }

    body.setAttribute('data-width', String(Math.ceil(box.width)));
    body.setAttribute('data-height', String(Math.ceil(box.height + footer)));
    body.setAttribute('data-warnings', String((result.warnings || []).length));
    if (result.warnings && result.warnings.length) {
      body.setAttribute('data-warning-text', result.warnings.map(function (w) {
        return String(w.message).replace(/\s+/g, ' ');
      }).join(' | '));
    }
    body.setAttribute('data-status', 'done');
  }

  main().catch(fail);
})();
