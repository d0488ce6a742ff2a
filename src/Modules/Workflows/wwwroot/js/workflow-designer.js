// The designer page: bpmn-js modeler limited to the engine's elements, the side panel and saving.
(function () {
  'use strict';

  var oca = window.ocaWorkflows;
  var t = oca.t;
  var data = oca.data('workflow-designer-data');
  var container = document.getElementById('workflow-canvas');
  var form = document.getElementById('workflow-form');
  var xmlField = document.getElementById('workflow-xml');
  var status = document.getElementById('workflow-designer-status');
  if (!data || !container || !form || !xmlField || !window.BpmnJS) {
    return;
  }

  var modeler = new window.BpmnJS({
    container: container,
    moddleExtensions: { oca: oca.moddle },
    additionalModules: [oca.limitsModule]
  });
  window.ocaWorkflows.modeler = modeler;

  var panelNode = document.getElementById('workflow-panel');
  panelNode.appendChild(oca.fields.datalist('workflow-departments', data.departments || []));
  var panel = new oca.Panel(modeler, panelNode, data);
  var xmlEditedByHand = false;

  function say(text) {
    status.textContent = text;
  }

  function load(xml) {
    return modeler.importXML(xml).then(function () {
      modeler.get('canvas').zoom('fit-viewport', 'auto');
      panel.show(null);
      container.setAttribute('data-loaded', 'true');
    });
  }

  load(xmlField.value || data.xml).catch(function (error) {
    say(t('図を読み込めません: ', 'The diagram cannot be loaded: ') + error.message);
  });

  modeler.on('commandStack.changed', function () {
    xmlEditedByHand = false;
    form.setAttribute('data-dirty', 'true');
  });

  // The XML box is the keyboard and no-script alternative: an edit there is drawn when it parses.
  xmlField.addEventListener('change', function () {
    xmlEditedByHand = true;
    load(xmlField.value).then(function () {
      xmlEditedByHand = false;
      say(t('XML を図に反映しました。', 'The XML was applied to the diagram.'));
    }).catch(function (error) {
      say(t('XML を読み込めません（そのまま保存すると検証結果が表示されます）: ', 'The XML cannot be read (saving it shows the validation result): ') + error.message);
    });
  });

  form.addEventListener('submit', function (event) {
    if (xmlEditedByHand) {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter;
    modeler.saveXML({ format: true }).then(function (result) {
      xmlField.value = result.xml;
      if (submitter && submitter.name) {
        form.appendChild(oca.el('input', { type: 'hidden', name: submitter.name, value: submitter.value }));
      }
      // submit() sends the form without firing "submit" again (requestSubmit after a cancelled click does not send it in Chromium).
      form.submit();
    }).catch(function (error) {
      say(t('保存できません: ', 'Cannot save: ') + error.message);
    });
  });

  // Problems found by the validator: each button selects its element in the diagram.
  document.querySelectorAll('[data-element-id]').forEach(function (button) {
    button.addEventListener('click', function () {
      var element = modeler.get('elementRegistry').get(button.getAttribute('data-element-id'));
      if (!element) {
        say(t('この要素は図にありません。', 'This element is not in the diagram.'));
        return;
      }
      modeler.get('selection').select(element);
      modeler.get('canvas').scrollToElement(element);
      var heading = document.getElementById('workflow-panel-title');
      heading.focus();
    });
  });
})();
