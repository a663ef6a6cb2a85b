// Small enhancements of the server-rendered pages; every page works without them.
// - a filter field over long facet lists (the agency list), typed text narrows the list;
// - a copy button beside the citation line of a report.
(function () {
  'use strict';

  function facetFilter(section) {
    var list = section.querySelector('.scroll');
    if (!list) return;
    var input = document.createElement('input');
    input.type = 'search';
    input.className = 'facet-filter';
    input.placeholder = section.getAttribute('data-filter');
    input.setAttribute('aria-label', section.getAttribute('data-filter'));
    var none = document.createElement('p');
    none.className = 'facet-none';
    none.hidden = true;
    none.textContent = section.getAttribute('data-none');
    list.parentNode.insertBefore(input, list);
    list.parentNode.insertBefore(none, list.nextSibling);
    var items = Array.prototype.slice.call(list.querySelectorAll('li'));
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      var shown = 0;
      items.forEach(function (li) {
        var v = li.querySelector('.v');
        var match = q === '' || (v && v.textContent.toLowerCase().indexOf(q) >= 0);
        li.hidden = !match;
        if (match) shown++;
      });
      none.hidden = shown > 0;
    });
  }

  function copyCitation(span) {
    if (!navigator.clipboard) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = span.getAttribute('data-copy');
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(span.textContent).then(function () {
        button.textContent = '✓';
      });
    });
    span.parentNode.appendChild(button);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.facet[data-filter]'), facetFilter);
    Array.prototype.forEach.call(document.querySelectorAll('.cite-text[data-copy]'), copyCitation);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
