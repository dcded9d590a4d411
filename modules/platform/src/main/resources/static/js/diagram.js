// Shows a BPMN diagram with the activities where the case stands marked (bpmn-js navigated viewer). It opens
// readable — at full size on where the case stands, or the whole diagram when it fits legibly — with buttons
// to zoom in and out and to see the whole diagram; dragging moves it.
(function () {
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var viewer = new BpmnJS({ container: container });
  var active = (container.dataset.active || '').split(',').filter(function (id) { return id; });

  function button(label, text, action) {
    var element = document.createElement('button');
    element.type = 'button';
    element.className = 'btn btn-sm btn-outline-secondary';
    element.setAttribute('aria-label', label);
    element.title = label;
    element.textContent = text;
    element.addEventListener('click', action);
    return element;
  }

  function readable(canvas) {
    canvas.zoom('fit-viewport');
    var element = active.length ? viewer.get('elementRegistry').get(active[0]) : null;
    // below this scale the labels are too small to read: show where the case stands at full size instead
    if (canvas.zoom() < 0.75) {
      canvas.zoom(1);
      if (element && canvas.scrollToElement) {
        canvas.scrollToElement(element);
      }
    }
  }

  fetch(container.dataset.src, { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      active.forEach(function (id) { canvas.addMarker(id, 'kp-active'); });
      readable(canvas);
      var toolbar = document.createElement('div');
      toolbar.className = 'kp-diagram-toolbar btn-group mb-2';
      toolbar.setAttribute('role', 'group');
      toolbar.setAttribute('aria-label', 'Ansicht des Diagramms');
      toolbar.appendChild(button('Vergrößern', '+', function () { canvas.zoom(canvas.zoom() * 1.25); }));
      toolbar.appendChild(button('Verkleinern', '−', function () { canvas.zoom(canvas.zoom() / 1.25); }));
      toolbar.appendChild(button('Ganzes Diagramm zeigen', 'Ganzes Diagramm', function () { canvas.zoom('fit-viewport'); }));
      toolbar.appendChild(button('Zur aktuellen Stelle', 'Aktuelle Stelle', function () { readable(canvas); }));
      container.parentNode.insertBefore(toolbar, container);
      container.dataset.rendered = 'true';
    })
    .catch(function (error) {
      container.textContent = 'Das Prozessdiagramm kann nicht angezeigt werden.';
      console.error(error);
    });
})();
