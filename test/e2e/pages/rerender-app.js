// A news page whose article is rendered by Preact (served from node_modules through an import map)
// and re-rendered all the time, as framework sites do: every 500 ms (a "live" clock inside the
// article), on "Refresh" (the article is re-mounted: same text, brand-new DOM nodes) and on "Next
// story" (the article's text changes). Preact diffs and removes nodes itself, so anything that
// wrapped or moved its text nodes would make it throw; Backstory must not.
import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const stories = window.__STORIES__;

function Article({ story, tick, mount }) {
  return h(
    'article',
    { 'data-mount': String(mount) },
    h('h1', null, story.title),
    h('p', { class: 'live' }, `Live page · updated ${tick} times`),
    story.paragraphs.map((p, i) => h('p', { key: `${mount}-${i}` }, p)),
  );
}

function App() {
  const [tick, setTick] = useState(0);
  const [mount, setMount] = useState(0);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const id = setInterval(() => {
      if (!window.__paused) setTick((t) => t + 1);
    }, 500);
    return () => clearInterval(id);
  }, []);
  window.__state = { tick, mount, index };
  return h(
    'div',
    null,
    h(
      'div',
      { class: 'toolbar' },
      h('button', { id: 'refresh', onClick: () => setMount((m) => m + 1) }, 'Refresh'),
      h('button', { id: 'next', onClick: () => { setIndex((i) => (i + 1) % stories.length); setMount((m) => m + 1); } }, 'Next story'),
    ),
    h(Article, { key: `article-${mount}`, story: stories[index], tick, mount }),
  );
}

window.addEventListener('error', (e) => (window.__errors = [...(window.__errors || []), String(e.message)]));
render(h(App, null), document.getElementById('app'));
