// Shows a BPMN diagram with the activities where the case stands marked (bpmn-js navigated viewer).
(function () {
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var viewer = new BpmnJS({ container: container });
  var active = (container.dataset.active || '').split(',').filter(function (id) { return id; });
  fetch(container.dataset.src, { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      active.forEach(function (id) { canvas.addMarker(id, 'kp-active'); });
      container.dataset.rendered = 'true';
    })
    .catch(function (error) {
      container.textContent = 'Das Prozessdiagramm kann nicht angezeigt werden.';
      console.error(error);
    });
})();
