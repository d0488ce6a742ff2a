// Limits the modeler to the elements our engine runs: own palette, trimmed context pad and replace menu.
(function () {
  'use strict';

  var t = window.ocaWorkflows.t;

  var creatable = {
    'start-event': { type: 'bpmn:StartEvent', icon: 'bpmn-icon-start-event-none', ja: '開始イベント（手動開始）', en: 'Start event (started by hand)' },
    'message-start': { type: 'bpmn:StartEvent', eventDefinitionType: 'bpmn:MessageEventDefinition', icon: 'bpmn-icon-start-event-message', ja: 'メッセージ開始イベント', en: 'Message start event' },
    'end-event': { type: 'bpmn:EndEvent', icon: 'bpmn-icon-end-event-none', ja: '終了イベント', en: 'End event' },
    'message-catch': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:MessageEventDefinition', icon: 'bpmn-icon-intermediate-event-catch-message', ja: 'メッセージ待ち', en: 'Wait for a message' },
    'timer-catch': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition', icon: 'bpmn-icon-intermediate-event-catch-timer', ja: 'タイマー（タスクの枠に置くと期限・リマインダー）', en: 'Timer (on a task border: deadline or reminder)' },
    'user-task': { type: 'bpmn:UserTask', icon: 'bpmn-icon-user-task', ja: 'ユーザータスク', en: 'User task' },
    'service-task': { type: 'bpmn:ServiceTask', icon: 'bpmn-icon-service-task', ja: 'サービスタスク（アクティビティ）', en: 'Service task (activity)' },
    'exclusive-gateway': { type: 'bpmn:ExclusiveGateway', icon: 'bpmn-icon-gateway-xor', ja: '排他ゲートウェイ（分岐）', en: 'Exclusive gateway (choice)' },
    'parallel-gateway': { type: 'bpmn:ParallelGateway', icon: 'bpmn-icon-gateway-parallel', ja: '並列ゲートウェイ（分岐・合流）', en: 'Parallel gateway (fork/join)' },
    'event-gateway': { type: 'bpmn:EventBasedGateway', icon: 'bpmn-icon-gateway-eventbased', ja: 'イベントベースゲートウェイ（先に起きたイベントへ：回答か期限か）', en: 'Event-based gateway (whichever event comes first: a reply or a deadline)' }
  };

  function shapeOf(elementFactory, key) {
    var spec = creatable[key];
    var attrs = { type: spec.type };
    if (spec.eventDefinitionType) {
      attrs.eventDefinitionType = spec.eventDefinitionType;
    }
    return elementFactory.createShape(attrs);
  }

  function OcaPaletteProvider(palette, create, elementFactory, handTool, lassoTool, spaceTool, globalConnect) {
    this.getPaletteEntries = function () {
      var entries = {
        'hand-tool': { group: 'tools', className: 'bpmn-icon-hand-tool', title: t('手のひらツール（画面の移動）', 'Hand tool (move the view)'), action: { click: function (event) { handTool.activateHand(event); } } },
        'lasso-tool': { group: 'tools', className: 'bpmn-icon-lasso-tool', title: t('範囲選択', 'Lasso selection'), action: { click: function (event) { lassoTool.activateSelection(event); } } },
        'space-tool': { group: 'tools', className: 'bpmn-icon-space-tool', title: t('スペースの追加・削除', 'Create or remove space'), action: { click: function (event) { spaceTool.activateSelection(event); } } },
        'global-connect-tool': { group: 'tools', className: 'bpmn-icon-connection-multi', title: t('シーケンスフローで接続', 'Connect with a sequence flow'), action: { click: function (event) { globalConnect.start(event); } } },
        'tool-separator': { group: 'tools', separator: true }
      };
      Object.keys(creatable).forEach(function (key) {
        var spec = creatable[key];
        var start = function (event) { create.start(event, shapeOf(elementFactory, key)); };
        entries['create.' + key] = {
          group: /gateway/.test(key) ? 'gateway' : /event|catch|start/.test(key) ? 'event' : 'activity',
          className: spec.icon,
          title: t(spec.ja, spec.en),
          action: { dragstart: start, click: start }
        };
      });
      entries['create.participant-expanded'] = {
        group: 'collaboration',
        className: 'bpmn-icon-participant',
        title: t('プール（レーンを追加できます）', 'Pool (lanes can be added)'),
        action: {
          dragstart: function (event) { create.start(event, elementFactory.createParticipantShape()); },
          click: function (event) { create.start(event, elementFactory.createParticipantShape()); }
        }
      };
      return entries;
    };
    palette.registerProvider(this);
  }
  OcaPaletteProvider.$inject = ['palette', 'create', 'elementFactory', 'handTool', 'lassoTool', 'spaceTool', 'globalConnect'];

  var removedAppends = ['append.append-task', 'append.intermediate-event', 'append.receive-task', 'append.message-intermediate-event',
    'append.timer-intermediate-event', 'append.condition-intermediate-event', 'append.signal-intermediate-event',
    'append.compensation-activity', 'append.text-annotation'];

  function OcaContextPadProvider(contextPad, autoPlace, create, elementFactory) {
    this.getContextPadEntries = function (element) {
      return function (entries) {
        var canAppend = !!entries['append.end-event'];
        var afterEventGateway = element.type === 'bpmn:EventBasedGateway';
        removedAppends.forEach(function (id) { delete entries[id]; });
        if (canAppend || afterEventGateway) {
          var appendable = afterEventGateway ? ['message-catch', 'timer-catch'] : ['user-task', 'service-task', 'parallel-gateway', 'event-gateway', 'message-catch', 'timer-catch'];
          appendable.forEach(function (key) {
            var spec = creatable[key];
            entries['append.' + key] = {
              group: 'model',
              className: spec.icon,
              title: t('追加: ', 'Append ') + t(spec.ja, spec.en),
              action: {
                click: function () { autoPlace.append(element, shapeOf(elementFactory, key)); },
                dragstart: function (event) { create.start(event, shapeOf(elementFactory, key), { source: element }); }
              }
            };
          });
        }
        return entries;
      };
    };
    contextPad.registerProvider(500, this);
  }
  OcaContextPadProvider.$inject = ['contextPad', 'autoPlace', 'create', 'elementFactory'];

  var replaceAllowed = /^replace-with-(none-start|message-start|none-end|message-intermediate-catch|timer-intermediate-catch|user-task|service-task|send-task|script-task|exclusive-gateway|parallel-gateway|event-based-gateway|timer-boundary|non-interrupting-timer-boundary|sequence-flow|default-flow|conditional-flow|expanded-pool|collapsed-pool)$/;

  function OcaReplaceMenuProvider(popupMenu) {
    this.getPopupMenuEntries = function () {
      return function (entries) {
        Object.keys(entries).forEach(function (id) {
          if (!replaceAllowed.test(id)) {
            delete entries[id];
          }
        });
        return entries;
      };
    };
    this.getPopupMenuHeaderEntries = function () {
      return function (entries) {
        Object.keys(entries).forEach(function (id) {
          if (id !== 'toggle-non-interrupting') {
            delete entries[id];
          }
        });
        return entries;
      };
    };
    popupMenu.registerProvider('bpmn-replace', 500, this);
  }
  OcaReplaceMenuProvider.$inject = ['popupMenu'];

  window.ocaWorkflows.limitsModule = {
    __init__: ['ocaContextPadProvider', 'ocaReplaceMenuProvider'],
    paletteProvider: ['type', OcaPaletteProvider],
    ocaContextPadProvider: ['type', OcaContextPadProvider],
    ocaReplaceMenuProvider: ['type', OcaReplaceMenuProvider]
  };
})();
