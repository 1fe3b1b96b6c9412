// Bar charts of the country pages, drawn with Apache ECharts (served from the application). Each chart's data is in
// its element's data-chart attribute (see org.coopflow.country.Chart): no inline script, and the same figures are in
// the tables beside the charts for those who do not see them.
(function () {
  'use strict';
  var palette = ['#1f5fa8', '#d9822b', '#2e8b57', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#b8860b',
    '#2c3e50', '#e84393', '#6c5ce7', '#00838f', '#795548', '#558b2f', '#ad1457', '#37474f'];

  function draw(element) {
    var spec = JSON.parse(element.getAttribute('data-chart'));
    var stacked = spec.series.length > 1;
    var categoryAxis = { type: 'category', data: spec.categories, axisLabel: { interval: 0 } };
    var valueAxis = { type: 'value', minInterval: 1 };
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      color: palette,
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { show: stacked, type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: stacked ? 40 : 8, containLabel: true },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? Object.assign({ inverse: true }, categoryAxis) : valueAxis,
      series: spec.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: stacked ? 'total' : undefined, data: s.data,
          barMaxWidth: 36, emphasis: { focus: 'series' } };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-drawn', 'true');
  }

  function drawAll() {
    if (typeof echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
