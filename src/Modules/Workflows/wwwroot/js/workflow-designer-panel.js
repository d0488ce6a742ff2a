// The side panel: settings of the selected element, written to BPMN as the engine expects them.
(function () {
  'use strict';

  var oca = window.ocaWorkflows;
  var el = oca.el;
  var t = oca.t;
  var f = oca.fields;

  function is(element, type) {
    var bo = element && element.businessObject;
    return !!bo && typeof bo.$instanceOf === 'function' && bo.$instanceOf(type);
  }

  function Panel(modeler, container, catalog) {
    this.modeler = modeler;
    this.model = new oca.Model(modeler);
    this.container = container;
    this.catalog = catalog;
    this.element = null;
    var self = this;
    modeler.on('selection.changed', function (event) {
      self.show(event.newSelection.length === 1 ? event.newSelection[0] : null);
    });
    modeler.on('commandStack.changed', function () {
      // Undo/redo or a drag may change the element: redraw unless the person is typing in the panel.
      if (!container.contains(document.activeElement)) {
        self.show(self.element);
      }
    });
  }

  Panel.prototype.optionsOf = function (list, emptyText) {
    return [{ value: '', text: emptyText || t('（指定なし）', '(none)') }].concat(list || []);
  };

  Panel.prototype.show = function (element) {
    this.element = element && !element.labelTarget ? element : (element && element.labelTarget) || null;
    var body = this.container.querySelector('.panel-body');
    body.textContent = '';
    var title = this.container.querySelector('#workflow-panel-title');
    if (!this.element || this.element.type === 'bpmn:Process' || this.element.type === 'bpmn:Collaboration') {
      title.textContent = t('要素の設定', 'Element settings');
      body.appendChild(f.note(t('図の要素を選択すると、ここで設定できます。', 'Select an element of the diagram to configure it here.')));
      return;
    }
    var element = this.element;
    var bo = element.businessObject;
    title.textContent = t('要素の設定: ', 'Element settings: ') + (bo.name || bo.id);
    var modeling = this.modeler.get('modeling');
    body.appendChild(el('p', { 'class': 'panel-meta', text: element.type.replace('bpmn:', '') + ' · ID ' + bo.id }));
    if (element.type !== 'label') {
      body.appendChild(f.text(t('名前', 'Name'), bo.name, function (value) { modeling.updateLabel(element, value); }, { name: 'name' }));
    }
    var parts = this.partsFor(element);
    for (var i = 0; i < parts.length; i++) {
      body.appendChild(parts[i]);
    }
  };

  Panel.prototype.partsFor = function (element) {
    if (is(element, 'bpmn:UserTask')) {
      return this.userTask(element);
    }
    if (is(element, 'bpmn:ServiceTask') || is(element, 'bpmn:SendTask') || is(element, 'bpmn:ScriptTask')) {
      return this.serviceTask(element);
    }
    if (is(element, 'bpmn:Lane')) {
      return this.assignment(element, false);
    }
    if (is(element, 'bpmn:SequenceFlow')) {
      return this.sequenceFlow(element);
    }
    if (is(element, 'bpmn:ExclusiveGateway')) {
      return this.gateway(element);
    }
    if (is(element, 'bpmn:EventBasedGateway')) {
      return [f.heading(t('イベント待ち', 'Waiting for events')),
        f.note(t('後ろに置いたメッセージ待ち・タイマーのうち、先に起きたものへ進みます（例：事業者等の回答、または14日経過）。', 'Moves on with whichever message or timer event after it happens first (e.g. the proposer\'s reply, or 14 days passing).'))];
    }
    var parts = [];
    if (this.model.eventDefinition(element, 'bpmn:MessageEventDefinition')) {
      parts = parts.concat(this.message(element));
    }
    if (this.model.eventDefinition(element, 'bpmn:TimerEventDefinition')) {
      parts = parts.concat(this.timer(element));
    }
    if (is(element, 'bpmn:StartEvent') && parts.length === 0) {
      parts.push(f.note(t('定義のない開始イベントは、管理画面から手動で開始できます。', 'A plain start event can be started by hand from the admin.')));
    }
    return parts;
  };

  Panel.prototype.prop = function (element, name) {
    var model = this.model;
    return function (value) { model.setProperty(element, name, value); };
  };

  Panel.prototype.assignment = function (element, withAssignee) {
    var props = this.model.properties(element);
    var parts = [f.heading(t('担当', 'Assignment'))];
    if (withAssignee) {
      parts.push(f.text(t('担当者（ユーザー名または ${変数}）', 'Assignee (user name or ${variable})'), props.assignee, this.prop(element, 'assignee'), { name: 'assignee' }));
    }
    parts.push(f.select(t('ロール', 'Role'), props.role, this.optionsOf(this.catalog.roles), this.prop(element, 'role'), { name: 'role' }));
    parts.push(f.text(t('部署（部署コードまたは ${変数}）', 'Department (code or ${variable})'), props.department, this.prop(element, 'department'),
      { name: 'department', list: 'workflow-departments', help: t('例: ${departmentCode}', 'e.g. ${departmentCode}') }));
    if (!withAssignee) {
      parts.push(f.note(t('このレーンのユーザータスクは、指定がなければこの担当を引き継ぎます。', 'User tasks in this lane inherit this assignment when they set none.')));
    }
    return parts;
  };

  Panel.prototype.userTask = function (element) {
    var props = this.model.properties(element);
    var parts = this.assignment(element, true);
    parts.push(f.heading(t('タスク', 'Task')));
    parts.push(f.text(t('結果（カンマ区切り）', 'Outcomes (comma-separated)'), props.outcomes, this.prop(element, 'outcomes'),
      { name: 'outcomes', placeholder: 'approve,reject,requestChanges', help: t('空欄なら approve,reject,requestChanges。選ばれた結果は変数 outcome に入ります。', 'Empty = approve,reject,requestChanges. The chosen outcome is stored in the variable outcome.') }));
    parts.push(f.text(t('期限（ISO 8601 の期間）', 'Due in (ISO 8601 duration)'), props.dueIn, this.prop(element, 'dueIn'),
      { name: 'dueIn', placeholder: 'P5D', help: t('例: P5D（5開庁日）、P2W（10開庁日）、PT48H（48時間）。日・週は土日・祝日・年末年始など業務日カレンダーの休業日を除いて数えます。',
        'e.g. P5D (5 business days), P2W (10 business days), PT48H (48 hours). Days and weeks skip the business calendar\'s closed days: weekends, holidays, the year end.') }));
    parts.push(f.text(t('説明（Liquid テンプレート）', 'Description (Liquid template)'), props.description, this.prop(element, 'description'),
      { name: 'description', multiline: true, help: t('タスク画面に表示されます。例: {{ field.name }} さんからの問い合わせ', 'Shown on the task page, e.g. Enquiry from {{ field.name }}') }));
    return parts;
  };

  Panel.prototype.serviceTask = function (element) {
    var self = this;
    var model = this.model;
    var props = model.properties(element);
    var activities = this.catalog.activities || [];
    var items = activities.map(function (a) { return { value: a.name, text: a.label + ' (' + a.name + ')' }; });
    var parts = [f.heading(t('アクティビティ', 'Activity'))];
    parts.push(f.select(t('実行するアクティビティ', 'Activity to run'), props.activity, this.optionsOf(items, t('（選択してください）', '(choose one)')), function (value) {
      // A new activity keeps only the parameters it declares.
      var chosen = activities.filter(function (a) { return a.name === value; })[0];
      var next = { activity: value };
      (chosen ? chosen.parameters : []).forEach(function (p) {
        next[p.name] = props[p.name] !== undefined ? props[p.name] : (p.defaultValue || '');
      });
      model.setProperties(element, next);
      self.show(element);
    }, { name: 'activity', required: true }));
    var activity = activities.filter(function (a) { return a.name === props.activity; })[0];
    if (!activity) {
      return parts;
    }
    if (activity.description) {
      parts.push(f.note(activity.description));
    }
    activity.parameters.forEach(function (p) {
      parts.push(self.parameter(element, p, props[p.name]));
    });
    if (activity.outcomes && activity.outcomes.length > 0) {
      parts.push(f.note(t('結果: ', 'Outcomes: ') + activity.outcomes.map(function (o) { return o.name + '（' + o.label + '）'; }).join(', ')));
    }
    return parts;
  };

  Panel.prototype.parameter = function (element, p, value) {
    var set = this.prop(element, p.name);
    var options = { name: p.name, required: p.required, help: p.help };
    switch (p.kind) {
      case 'Boolean':
        return f.checkbox(p.label, value === 'true', function (checked) { set(checked ? 'true' : 'false'); }, p.help);
      case 'Select':
        return f.select(p.label, value, this.optionsOf((p.options || []).map(function (o) { return { value: o, text: o }; })), set, options);
      case 'Role':
        return f.select(p.label, value, this.optionsOf(this.catalog.roles), set, options);
      case 'MultilineText':
      case 'Template':
      case 'Script':
        options.multiline = true;
        options.rows = p.kind === 'Script' ? 8 : 4;
        return f.text(p.label, value, set, options);
      case 'Number':
        options.type = 'number';
        return f.text(p.label, value, set, options);
      case 'Email':
      case 'Url':
        return f.text(p.label, value, set, options);
      case 'Department':
        options.list = 'workflow-departments';
        return f.text(p.label, value, set, options);
      default:
        return f.text(p.label, value, set, options);
    }
  };

  window.ocaWorkflows.Panel = Panel;
  window.ocaWorkflows.is = is;
})();
