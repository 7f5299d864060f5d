// Live progress for the console: polls the JSON endpoints and updates the page without reloading it.
(function () {
  'use strict';
  var POLL_MS = 1000;

  function describe(p) {
    if (p.state === 'QUEUED') { return '排队中 queued'; }
    var text = (p.state === 'RUNNING' ? '采集中 running' : '完成 finished: ' + p.status)
      + ' · ' + p.records + (p.completeListSize != null ? ' / ' + p.completeListSize : '') + ' 条 records'
      + ' · 第 ' + p.pages + ' 页 page'
      + ' · ' + p.recordsPerSecond + ' 条/秒 rec/s';
    if (p.etaSeconds != null && p.state === 'RUNNING') { text += ' · 约剩 ETA ' + p.etaSeconds + ' s'; }
    if (p.state === 'FINISHED' && p.counts) {
      text += ' · 新增 new ' + p.counts.created + ', 更新 updated ' + p.counts.updated + ', 未变 unchanged ' + p.counts.unchanged
        + ', 删除 deleted ' + p.counts.deleted + ', 拒收 rejected ' + p.counts.rejected;
    }
    if (p.error) { text += ' · ' + p.error; }
    return text;
  }

  function getJson(url) {
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.status === 200 ? r.json() : null; });
  }

  function pollAll() {
    getJson('/console/api/progress').then(function (list) {
      var seen = {};
      (list || []).forEach(function (p) {
        seen[p.source] = true;
        var row = document.getElementById('row-' + p.source);
        if (row) {
          row.querySelector('.live').textContent = describe(p);
          row.querySelector('.status').textContent = p.state === 'QUEUED' ? '排队 queued' : '采集中 running';
        }
      });
      document.querySelectorAll('tr[data-code]').forEach(function (row) {
        var cell = row.querySelector('.live');
        if (!seen[row.dataset.code] && cell.textContent !== '—') { cell.textContent = '已结束，刷新查看 finished — reload for details'; }
      });
    }).catch(function () {}).finally(function () { setTimeout(pollAll, POLL_MS); });
  }

  function pollOne(code, wasActive) {
    getJson('/console/api/sources/' + encodeURIComponent(code) + '/progress').then(function (p) {
      var active = false;
      if (p) {
        active = p.state !== 'FINISHED';
        var el = document.getElementById('progress');
        el.textContent = describe(p);
        el.dataset.state = p.state;
        if (p.status) { el.dataset.status = p.status; }
        var pct = p.completeListSize ? Math.min(100, Math.round(100 * p.records / p.completeListSize)) : (active ? 50 : 100);
        document.getElementById('progress-bar').style.width = pct + '%';
        var badge = document.getElementById('status');
        if (active) { badge.textContent = p.state === 'QUEUED' ? '排队 queued' : '采集中 running'; }
      }
      if (wasActive && !active) { refreshHistory(code); }
      setTimeout(function () { pollOne(code, active); }, POLL_MS);
    }).catch(function () { setTimeout(function () { pollOne(code, wasActive); }, POLL_MS); });
  }

  function refreshHistory(code) {
    fetch('/console/sources/' + encodeURIComponent(code) + '/history', {credentials: 'same-origin'})
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#history');
        if (fresh) { document.getElementById('history').replaceWith(fresh); }
        document.getElementById('progress').dataset.historyRefreshed = 'true';
      });
  }

  function loadIdentify() {
    var box = document.getElementById('identify');
    if (!box) { return; }
    getJson(box.dataset.url).then(function (r) {
      if (!r) { box.textContent = '无法读取 / unavailable'; return; }
      box.className = r.ok ? 'ok' : 'error';
      box.textContent = r.ok
        ? 'repositoryName: ' + r.repositoryName + ' · protocolVersion: ' + r.protocolVersion + ' · earliestDatestamp: '
          + r.earliestDatestamp + ' · deletedRecord: ' + r.deletedRecord + ' · granularity: ' + r.granularity + ' (' + r.millis + ' ms)'
        : '连接失败 / failed: ' + r.error;
    }).catch(function (e) { box.textContent = '连接失败 / failed: ' + e; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var poll = document.body.dataset.poll;
    if (poll === 'all') { pollAll(); } else if (poll) { pollOne(poll, true); loadIdentify(); }
  });
}());
