// Read-only diagram (instance page, old versions): NavigatedViewer with the active elements marked.
(function () {
  'use strict';

  var oca = window.ocaWorkflows;
  var data = oca.data('workflow-viewer-data');
  var container = document.getElementById('workflow-canvas');
  if (!data || !container || !window.BpmnJS) {
    return;
  }

  var viewer = new window.BpmnJS({ container: container, moddleExtensions: { oca: oca.moddle } });
  viewer.importXML(data.xml).then(function () {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport');
    (data.done || []).forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'oca-done');
      }
    });
    (data.active || []).forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'oca-active');
      }
    });
    (data.faulted || []).forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'oca-faulted');
      }
    });
    container.setAttribute('data-loaded', 'true');
  }).catch(function (error) {
    container.textContent = oca.t('図を表示できません: ', 'The diagram cannot be shown: ') + error.message;
  });
})();
