// Progressive enhancement of the search page: the server renders the timeline and the province
// tiles as plain links (they work without JavaScript); this script draws them as charts from
// those same links. Clicking a bar or a tile follows its link, so the URL stays the state.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, SVGRenderer]);

// the same five steps as the tiles' classes lv1..lv5 in app.css
const SHADES = ['#f3f5f7', '#fde0dc', '#f9b4ab', '#f08072', '#c43e2f', '#a32618'];
const INK = '#1d2329';
const MUTED = '#5f6b76';

function escapeText(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function items(container, selector) {
  return Array.from(container.querySelectorAll(selector)).map((a) => ({
    href: a.getAttribute('href'),
    key: a.dataset.key,
    label: a.dataset.label || a.dataset.key,
    count: Number(a.dataset.count || 0),
    title: a.getAttribute('title') || '',
    row: Number(a.dataset.row),
    col: Number(a.dataset.col),
    level: Number(a.dataset.level || 0),
  }));
}

/**
 * Replaces the fallback links with a chart; the links stay in the page for screen readers, the
 * chart is an image named by the caption the server gave the links (data-title).
 */
function mount(fallback, className) {
  const host = document.createElement('div');
  host.className = `chart ${className}`;
  fallback.parentNode.insertBefore(host, fallback);
  fallback.classList.add('enhanced');
  return echarts.init(host, null, { renderer: 'svg', locale: 'ZH' });
}

/** Names the chart's drawing; called after each drawing, which may replace the SVG element. */
function label(chart, fallback) {
  const svg = chart.getDom().querySelector('svg');
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', fallback.dataset.title || '');
  }
}

function follow(chart, data) {
  chart.on('click', (e) => {
    const d = data[e.dataIndex];
    if (d && d.href) {
      window.location.assign(d.href);
    }
  });
}

const tooltip = {
  confine: true,
  borderColor: '#c5ccd3',
  textStyle: { color: INK, fontSize: 13 },
};

function timeline(fallback) {
  const data = items(fallback, 'a.bar');
  if (data.length === 0) {
    return null;
  }
  const chart = mount(fallback, 'timeline-chart');
  chart.setOption({
    animation: false,
    grid: { left: 36, right: 8, top: 12, bottom: 28 },
    tooltip: { ...tooltip, trigger: 'item', formatter: (p) => escapeText(data[p.dataIndex].title) },
    xAxis: {
      type: 'category',
      data: data.map((d) => d.label),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: MUTED, hideOverlap: true },
      axisLine: { lineStyle: { color: '#c5ccd3' } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: MUTED },
      splitLine: { lineStyle: { color: '#eef1f4' } },
    },
    series: [{
      type: 'bar',
      data: data.map((d) => d.count),
      barMaxWidth: 28,
      itemStyle: { color: '#b3261e', borderRadius: [2, 2, 0, 0] },
      emphasis: { itemStyle: { color: '#7f1a15' } },
      cursor: 'pointer',
    }],
  });
  follow(chart, data);
  label(chart, fallback);
  chart.on('finished', () => label(chart, fallback));
  return chart;
}

function provinces(fallback) {
  const data = items(fallback, 'a.tile');
  if (data.length === 0) {
    return null;
  }
  const cols = Math.max(...data.map((d) => d.col)) + 1;
  const rows = Math.max(...data.map((d) => d.row)) + 1;
  const chart = mount(fallback, 'tiles-chart');
  chart.setOption({
    animation: false,
    grid: { left: 2, right: 2, top: 2, bottom: 2 },
    tooltip: { ...tooltip, trigger: 'item', formatter: (p) => escapeText(data[p.dataIndex].title) },
    xAxis: { type: 'category', data: [...Array(cols).keys()], show: false },
    yAxis: { type: 'category', data: [...Array(rows).keys()], show: false, inverse: true },
    series: [{
      type: 'heatmap',
      data: data.map((d) => ({
        value: [d.col, d.row, d.count],
        itemStyle: { color: SHADES[d.level], borderColor: '#fff', borderWidth: 3, borderRadius: 4 },
        label: { color: d.level >= 4 ? '#fff' : INK },
      })),
      label: {
        show: true,
        formatter: (p) => `${data[p.dataIndex].label}\n${data[p.dataIndex].count || ''}`,
        fontSize: 12,
        lineHeight: 15,
      },
      emphasis: { itemStyle: { borderColor: INK, borderWidth: 2 } },
      cursor: 'pointer',
    }],
  });
  follow(chart, data);
  label(chart, fallback);
  chart.on('finished', () => label(chart, fallback));
  return chart;
}

function start() {
  const charts = [];
  const t = document.querySelector('.bars[data-chart="timeline"]');
  const p = document.querySelector('.tiles[data-chart="provinces"]');
  if (t) charts.push(timeline(t));
  if (p) charts.push(provinces(p));
  window.addEventListener('resize', () => charts.forEach((c) => c && c.resize()));
  document.documentElement.classList.add('charts-ready');
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
