// Labelled form controls for the side panel; each applies its value on "change".
(function () {
  'use strict';

  var oca = window.ocaWorkflows;
  var el = oca.el;
  var t = oca.t;
  var counter = 0;

  function wrap(id, label, control, help) {
    var helpNode = null;
    if (help) {
      helpNode = el('p', { 'class': 'field-help', id: id + '-help', text: help });
      control.setAttribute('aria-describedby', id + '-help');
    }
    return el('div', { 'class': 'field' }, [el('label', { 'for': id, text: label }), helpNode, control]);
  }

  oca.fields = {
    text: function (label, value, onChange, options) {
      options = options || {};
      var id = 'wf-field-' + (++counter);
      var control = el(options.multiline ? 'textarea' : 'input', {
        id: id,
        type: options.multiline ? null : (options.type || 'text'),
        rows: options.multiline ? (options.rows || 4) : null,
        value: value || '',
        placeholder: options.placeholder || null,
        list: options.list || null,
        required: options.required || null,
        'data-name': options.name || null,
        onchange: function (event) { onChange(event.target.value.trim()); }
      });
      return wrap(id, label + (options.required ? t('（必須）', ' (required)') : ''), control, options.help);
    },

    select: function (label, value, items, onChange, options) {
      options = options || {};
      var id = 'wf-field-' + (++counter);
      var found = false;
      var children = items.map(function (item) {
        var selected = item.value === (value || '');
        found = found || selected;
        return el('option', { value: item.value, text: item.text, selected: selected });
      });
      if (!found && value) {
        // A value the catalog does not know (e.g. ${variable}) is kept, not silently dropped.
        children.push(el('option', { value: value, text: value, selected: true }));
      }
      var control = el('select', {
        id: id,
        'data-name': options.name || null,
        onchange: function (event) { onChange(event.target.value); }
      }, children);
      return wrap(id, label + (options.required ? t('（必須）', ' (required)') : ''), control, options.help);
    },

    checkbox: function (label, checked, onChange, help) {
      var id = 'wf-field-' + (++counter);
      var control = el('input', { id: id, type: 'checkbox', checked: checked, onchange: function (event) { onChange(event.target.checked); } });
      var node = el('div', { 'class': 'field field-checkbox' }, [control, el('label', { 'for': id, text: label })]);
      if (help) {
        node.appendChild(el('p', { 'class': 'field-help', id: id + '-help', text: help }));
        control.setAttribute('aria-describedby', id + '-help');
      }
      return node;
    },

    datalist: function (id, values) {
      return el('datalist', { id: id }, values.map(function (v) {
        return el('option', { value: v.value, text: v.text });
      }));
    },

    heading: function (text) {
      return el('h3', { text: text });
    },

    note: function (text) {
      return el('p', { 'class': 'field-help', text: text });
    }
  };
})();
