// Shared by the designer and the viewers: the moddle extension for our oca:properties, texts, page data.
(function () {
  'use strict';

  var english = document.documentElement.lang === 'en';

  window.ocaWorkflows = {
    // <bpmn:extensionElements><oca:properties><oca:property name="role">DeskStaff</oca:property>…
    moddle: {
      name: 'OpenCity Aomori',
      prefix: 'oca',
      uri: 'http://opencity-aomori.jp/schema/bpmn/1.0',
      xml: { tagAlias: 'lowerCase' },
      associations: [],
      types: [
        {
          name: 'Properties',
          superClass: ['Element'],
          properties: [{ name: 'values', type: 'Property', isMany: true }]
        },
        {
          name: 'Property',
          superClass: ['Element'],
          properties: [
            { name: 'name', type: 'String', isAttr: true },
            { name: 'value', type: 'String', isBody: true }
          ]
        }
      ]
    },

    t: function (ja, en) {
      return english ? en : ja;
    },

    // Page data lives in a <script type="application/json"> block (not executed, so the CSP allows it).
    data: function (id) {
      var node = document.getElementById(id);
      return node ? JSON.parse(node.textContent) : null;
    },

    el: function (tag, attrs, children) {
      var node = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) {
          return;
        }
        if (key === 'text') {
          node.textContent = value;
        } else if (key === 'value') {
          node.value = value;
        } else if (key === 'checked' || key === 'selected') {
          node[key] = !!value;
        } else if (key.indexOf('on') === 0) {
          node.addEventListener(key.substring(2), value);
        } else {
          node.setAttribute(key, value === true ? '' : value);
        }
      });
      (children || []).forEach(function (child) {
        if (child) {
          node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        }
      });
      return node;
    }
  };
})();
