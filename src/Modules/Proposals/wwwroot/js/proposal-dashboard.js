// The dashboard's charts, drawn from the tables beside them (the tables are the figures; the charts repeat them).
(function () {
  'use strict';

  if (!window.Chart) {
    return;
  }

  var ink = '#1a1a1a';
  var bar = '#0a4a80';
  var grid = '#767676';
  window.Chart.defaults.color = ink;
  window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

  function rowsOf(table) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return { label: row.cells[0].textContent.trim(), value: Number(row.cells[1].getAttribute('data-value')) };
    });
  }

  document.querySelectorAll('canvas[data-chart-table]').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table) {
      return;
    }

    var rows = rowsOf(table);
    var horizontal = canvas.getAttribute('data-chart-kind') === 'hbar';
    var valueAxis = { beginAtZero: true, ticks: { precision: 0, color: ink }, grid: { color: grid }, border: { color: ink } };
    var labelAxis = { ticks: { color: ink, autoSkip: false }, grid: { display: false }, border: { color: ink } };
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{ label: table.caption ? table.caption.textContent.trim() : '', data: rows.map(function (r) { return r.value; }), backgroundColor: bar, borderColor: bar }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis }
      }
    });
    canvas.setAttribute('data-rendered', 'true');
  });
})();
