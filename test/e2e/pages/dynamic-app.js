// An infinite-scroll news page: when the reader nears the end, the next section of the story is
// fetched (here: taken from window.__MORE__) and appended to the article. Sections can be removed
// again (window.__removeSection) and the page can navigate like a single-page app
// (window.__navigate), replacing the article in place with history.pushState.
(function () {
  var article = document.querySelector('article');
  var sentinel = document.getElementById('sentinel');
  var loaded = 0;

  function section(paragraphs, n) {
    var s = document.createElement('section');
    s.className = 'more';
    s.setAttribute('data-section', String(n));
    paragraphs.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      s.appendChild(p);
    });
    return s;
  }

  function loadMore() {
    if (loaded >= window.__MORE__.length) return;
    var next = window.__MORE__[loaded];
    loaded += 1;
    article.appendChild(section(next, loaded));
    window.__loaded = loaded;
  }

  new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; })) loadMore();
  }).observe(sentinel);

  window.__removeSection = function (n) {
    var s = article.querySelector('[data-section="' + n + '"]');
    if (s) s.remove();
  };

  window.__navigate = function (path, title, paragraphs) {
    history.pushState({}, '', path);
    document.title = title;
    article.replaceChildren();
    var h1 = document.createElement('h1');
    h1.textContent = title;
    article.appendChild(h1);
    paragraphs.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      article.appendChild(p);
    });
  };
})();
