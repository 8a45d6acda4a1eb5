(function () {
  'use strict';
  var table = document.getElementById('goal-table');
  if (!table || !table.tHead || !table.tBodies.length) { return; }
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var rows = Array.prototype.slice.call(body.rows);
  rows.forEach(function (row, i) { row.setAttribute('data-order', String(i)); });

  var live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');

  function key(row, column, type) {
    var cell = row.cells[column];
    var value = cell.getAttribute('data-sort');
    if (value === null) { value = cell.textContent; }
    if (type === 'number') { return value === '' ? NaN : parseFloat(value); }
    return value.toLowerCase();
  }

  function isEmpty(value, type) { return type === 'number' ? isNaN(value) : value === ''; }

  function sortBy(column) {
    var header = headers[column];
    var type = header.getAttribute('data-sort-type');
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var sorted = rows.slice().sort(function (a, b) {
      var x = key(a, column, type);
      var y = key(b, column, type);
      var xEmpty = isEmpty(x, type);
      var yEmpty = isEmpty(y, type);
      if (xEmpty !== yEmpty) { return xEmpty ? 1 : -1; }
      var order = xEmpty ? 0 : (type === 'number' ? x - y : x.localeCompare(y, 'en'));
      if (!ascending) { order = -order; }
      return order !== 0 ? order : Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
    });
    sorted.forEach(function (row) { body.appendChild(row); });
    live.textContent = 'Sorted by ' + header.textContent + (ascending ? ', ascending.' : ', descending.');
  }

  headers.forEach(function (header, column) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = header.textContent;
    header.textContent = '';
    header.appendChild(button);
    header.setAttribute('aria-sort', 'none');
    button.addEventListener('click', function () { sortBy(column); });
  });

  var filter = document.createElement('div');
  filter.className = 'filter';
  var searchLabel = document.createElement('label');
  searchLabel.textContent = 'Filter goals ';
  var search = document.createElement('input');
  search.type = 'search';
  search.id = 'goal-filter';
  searchLabel.appendChild(search);
  var statusLabel = document.createElement('label');
  statusLabel.textContent = 'Status ';
  var status = document.createElement('select');
  status.id = 'status-filter';
  var all = document.createElement('option');
  all.value = '';
  all.textContent = 'all';
  status.appendChild(all);
  var seen = {};
  rows.forEach(function (row) {
    var value = row.getAttribute('data-status');
    if (seen[value]) { return; }
    seen[value] = true;
    var option = document.createElement('option');
    option.value = value;
    option.textContent = value.replace(/-/g, ' ');
    status.appendChild(option);
  });
  statusLabel.appendChild(status);
  filter.appendChild(searchLabel);
  filter.appendChild(statusLabel);
  var wrap = table.parentNode;
  wrap.parentNode.insertBefore(filter, wrap);
  wrap.parentNode.insertBefore(live, wrap);

  function applyFilter() {
    var words = search.value.toLowerCase().trim();
    var wanted = status.value;
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!words || row.textContent.toLowerCase().indexOf(words) >= 0) && (!wanted || row.getAttribute('data-status') === wanted);
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    live.textContent = 'Showing ' + shown + ' of ' + rows.length + ' goals.';
  }

  search.addEventListener('input', applyFilter);
  status.addEventListener('change', applyFilter);
}());
