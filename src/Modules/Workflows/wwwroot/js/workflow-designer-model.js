// Reads and writes what the engine needs on BPMN elements: oca:properties, messages, timers, conditions.
(function () {
  'use strict';

  function ocaPropertiesOf(bo) {
    var values = (bo.extensionElements && bo.extensionElements.values) || [];
    for (var i = 0; i < values.length; i++) {
      if (values[i].$type === 'oca:Properties') {
        return values[i];
      }
    }
    return null;
  }

  function Model(modeler) {
    this.modeler = modeler;
    this.moddle = modeler.get('moddle');
    this.modeling = modeler.get('modeling');
  }

  Model.prototype.properties = function (element) {
    var result = {};
    var props = ocaPropertiesOf(element.businessObject);
    ((props && props.values) || []).forEach(function (p) {
      result[p.name] = p.value || '';
    });
    return result;
  };

  // Replaces the element's oca:properties (other extension elements are kept); empty values are dropped.
  Model.prototype.setProperties = function (element, map) {
    var moddle = this.moddle;
    var bo = element.businessObject;
    var others = ((bo.extensionElements && bo.extensionElements.values) || []).filter(function (v) {
      return v.$type !== 'oca:Properties';
    });
    var values = Object.keys(map).filter(function (name) {
      return map[name] !== null && map[name] !== undefined && String(map[name]).trim() !== '';
    }).map(function (name) {
      return moddle.create('oca:Property', { name: name, value: String(map[name]) });
    });
    if (values.length > 0) {
      others.push(moddle.create('oca:Properties', { values: values }));
    }
    var extension = others.length > 0 ? moddle.create('bpmn:ExtensionElements', { values: others }) : undefined;
    this.modeling.updateProperties(element, { extensionElements: extension });
  };

  Model.prototype.setProperty = function (element, name, value) {
    var map = this.properties(element);
    map[name] = value;
    this.setProperties(element, map);
  };

  Model.prototype.eventDefinition = function (element, type) {
    var defs = element.businessObject.eventDefinitions || [];
    for (var i = 0; i < defs.length; i++) {
      if (defs[i].$type === type) {
        return defs[i];
      }
    }
    return null;
  };

  Model.prototype.messageName = function (element) {
    var def = this.eventDefinition(element, 'bpmn:MessageEventDefinition');
    return def && def.messageRef ? def.messageRef.name || '' : '';
  };

  // Points the message event at the bpmn:Message with that name, creating it among the root elements.
  Model.prototype.setMessageName = function (element, name) {
    var def = this.eventDefinition(element, 'bpmn:MessageEventDefinition');
    if (!def) {
      return;
    }
    var message = null;
    if (name) {
      var definitions = this.modeler.getDefinitions();
      definitions.rootElements = definitions.rootElements || [];
      message = definitions.rootElements.filter(function (r) {
        return r.$type === 'bpmn:Message' && r.name === name;
      })[0];
      if (!message) {
        message = this.moddle.create('bpmn:Message', { id: 'Message_' + name.replace(/[^A-Za-z0-9_.-]/g, '_'), name: name });
        message.$parent = definitions;
        definitions.rootElements.push(message);
      }
    }
    this.modeling.updateModdleProperties(element, def, { messageRef: message || undefined });
  };

  Model.prototype.timer = function (element) {
    var def = this.eventDefinition(element, 'bpmn:TimerEventDefinition');
    if (!def) {
      return null;
    }
    var kinds = ['timeDuration', 'timeDate', 'timeCycle'];
    for (var i = 0; i < kinds.length; i++) {
      if (def[kinds[i]]) {
        return { kind: kinds[i], value: def[kinds[i]].body || '' };
      }
    }
    return { kind: 'timeDuration', value: '' };
  };

  Model.prototype.setTimer = function (element, kind, value) {
    var def = this.eventDefinition(element, 'bpmn:TimerEventDefinition');
    if (!def) {
      return;
    }
    var update = { timeDuration: undefined, timeDate: undefined, timeCycle: undefined };
    if (value) {
      update[kind] = this.moddle.create('bpmn:FormalExpression', { body: value });
    }
    this.modeling.updateModdleProperties(element, def, update);
  };

  Model.prototype.condition = function (connection) {
    var expression = connection.businessObject.conditionExpression;
    return expression ? expression.body || '' : '';
  };

  Model.prototype.setCondition = function (connection, body) {
    var expression = body ? this.moddle.create('bpmn:FormalExpression', { body: body }) : undefined;
    this.modeling.updateProperties(connection, { conditionExpression: expression });
  };

  Model.prototype.setDefaultFlow = function (gateway, flowElement) {
    this.modeling.updateProperties(gateway, { 'default': flowElement ? flowElement.businessObject : undefined });
  };

  window.ocaWorkflows.Model = Model;
})();
