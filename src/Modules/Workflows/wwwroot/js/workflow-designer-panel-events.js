// Side panel parts for events, flows and gateways.
(function () {
  'use strict';

  var oca = window.ocaWorkflows;
  var t = oca.t;
  var f = oca.fields;
  var Panel = oca.Panel;
  var is = oca.is;

  Panel.prototype.message = function (element) {
    var self = this;
    var model = this.model;
    var name = model.messageName(element);
    var events = this.catalog.events || [];
    var items = events.map(function (e) { return { value: e.name, text: e.label + ' (' + e.name + ')' }; });
    var parts = [f.heading(t('メッセージ（イベント）', 'Message (event)'))];
    parts.push(f.select(t('イベント名', 'Event name'), name, this.optionsOf(items, t('（選択してください）', '(choose one)')), function (value) {
      model.setMessageName(element, value);
      self.show(element);
    }, { name: 'eventName', required: true }));
    if (is(element, 'bpmn:StartEvent')) {
      var event = events.filter(function (e) { return e.name === name; })[0];
      var props = model.properties(element);
      parts.push(f.note(t('条件（空欄は条件なし）: イベントのデータがこの値のときだけ開始します。', 'Conditions (empty = any): start only when the event data has this value.')));
      (event ? event.dataKeys : []).forEach(function (key) {
        parts.push(f.text('match.' + key, props['match.' + key], self.prop(element, 'match.' + key), { name: 'match.' + key }));
      });
    } else {
      parts.push(f.note(t('このインスタンスの業務キーと同じイベントを待ちます。', 'Waits for the event with this instance\'s business key.')));
    }
    return parts;
  };

  Panel.prototype.timer = function (element) {
    var self = this;
    var model = this.model;
    var timer = model.timer(element) || { kind: 'timeDuration', value: '' };
    var kinds = [
      { value: 'timeDuration', text: t('期間（例: P14D、PT48H）', 'Duration (e.g. P14D, PT48H)') },
      { value: 'timeDate', text: t('日時（例: 2026-04-01T09:00、時差の指定がなければ日本時間）', 'Date and time (e.g. 2026-04-01T09:00; Japan time unless an offset is given)') }
    ];
    if (is(element, 'bpmn:BoundaryEvent')) {
      kinds.push({ value: 'timeCycle', text: t('繰り返し（例: R3/P1D）', 'Cycle (e.g. R3/P1D)') });
    }
    var parts = [f.heading(t('タイマー', 'Timer'))];
    parts.push(f.select(t('種類', 'Kind'), timer.kind, kinds, function (value) {
      model.setTimer(element, value, timer.value);
      self.show(element);
    }, { name: 'timerKind' }));
    parts.push(f.text(t('値', 'Value'), timer.value, function (value) { model.setTimer(element, timer.kind, value); }, {
      name: 'timerValue', required: true,
      help: timer.kind === 'timeDate' ? null : t('日・週（P14D、P2W）は開庁日で数えます（土日・祝日・年末年始など業務日カレンダーの休業日を除き、1週＝5開庁日）。時間（PT48H）は経過時間です。',
        'Days and weeks (P14D, P2W) count business days (the business calendar\'s closed days such as weekends, holidays and the year end are skipped; a week is 5 business days). Hours (PT48H) are elapsed time.')
    }));
    if (is(element, 'bpmn:BoundaryEvent')) {
      var modeling = this.modeler.get('modeling');
      parts.push(f.checkbox(t('タスクを中断する（期限切れ）', 'Interrupt the task (deadline)'), element.businessObject.cancelActivity !== false, function (checked) {
        modeling.updateProperties(element, { cancelActivity: checked });
      }, t('外すとタスクは続き、リマインダーとして使えます。', 'Unchecked: the task goes on (a reminder).')));
    }
    return parts;
  };

  Panel.prototype.sequenceFlow = function (element) {
    var model = this.model;
    var source = element.source;
    var parts = [f.heading(t('条件', 'Condition'))];
    var isDefault = source && source.businessObject['default'] === element.businessObject;
    if (is(source, 'bpmn:ExclusiveGateway')) {
      parts.push(f.checkbox(t('既定のフロー（他の条件がすべて偽のとき）', 'Default flow (when no other condition is true)'), isDefault, function (checked) {
        model.setDefaultFlow(source, checked ? element : null);
      }));
    }
    parts.push(f.text(t('条件式（JavaScript）', 'Condition (JavaScript)'), model.condition(element), function (value) { model.setCondition(element, value); }, {
      name: 'condition',
      multiline: true,
      rows: 3,
      help: t('例: outcome == \'approve\'（変数はそのまま使えます）', 'e.g. outcome == \'approve\' (variables are globals)')
    }));
    return parts;
  };

  Panel.prototype.gateway = function (element) {
    var model = this.model;
    var outgoing = element.outgoing || [];
    var current = element.businessObject['default'];
    var items = outgoing.map(function (flow) {
      return { value: flow.id, text: (flow.businessObject.name || flow.id) + (flow.target ? ' → ' + (flow.target.businessObject.name || flow.target.id) : '') };
    });
    return [
      f.heading(t('分岐', 'Branching')),
      f.note(t('条件が最初に真になったフローへ進みます。どれも偽なら既定のフローへ。', 'The first flow whose condition is true is taken, else the default flow.')),
      f.select(t('既定のフロー', 'Default flow'), current ? current.id : '', this.optionsOf(items), function (value) {
        model.setDefaultFlow(element, outgoing.filter(function (flow) { return flow.id === value; })[0] || null);
      }, { name: 'defaultFlow' })
    ];
  };
})();
