/*
 * SpeakUp — live Coach feedback while typing.
 *
 * Enhances every form[data-live-feedback]. The form still submits normally;
 * this only shows a preview in its [data-feedback-target] element.
 * All user text is rendered with textContent (never innerHTML).
 */
(function () {
  'use strict';

  var DEBOUNCE_MS = 450;
  var MIN_LENGTH = 3;
  var ENDPOINT = '/api/v1/analyze';
  var HINT = 'Feedback appears here as you type.';
  var UNAVAILABLE = "Live feedback is unavailable right now. You'll still get feedback when you send your reply.";

  // Component name -> [highlight kind, human words].
  var COMPONENTS = {
    i_statement: ['good', "'I' statement"],
    clear_request: ['good', 'clear request'],
    clear_no: ['good', 'clear no'],
    validates_other: ['good', 'validation'],
    offers_compromise: ['good', 'compromise'],
    reason_given: ['good', 'reason given'],
    hedging: ['watch', 'hedging'],
    over_apologizes: ['watch', 'over-apologising'],
    minimising: ['watch', 'minimising'],
    self_deprecation: ['watch', 'self-put-down'],
    blames_other: ['harsh', 'blame'],
    sarcasm: ['harsh', 'sarcasm'],
    threat: ['harsh', 'threat'],
    insult: ['harsh', 'insult'],
    absolutes: ['harsh', 'absolutes'],
    shouting: ['harsh', 'shouting']
  };

  var STYLE_WORDS = {
    passive: 'passive',
    assertive: 'assertive',
    aggressive: 'aggressive',
    passive_aggressive: 'passive-aggressive'
  };

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') || '' : '';
  }

  // Small DOM helper: el('p', 'muted', 'text').
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function replaceContent(target, nodes) {
    while (target.firstChild) target.removeChild(target.firstChild);
    nodes.forEach(function (node) {
      if (node) target.appendChild(node);
    });
  }

  function isPhoneNumber(contact) {
    return /^[0-9+\-\s]+$/.test(contact) && /[0-9]/.test(contact);
  }

  // --- Rendering -----------------------------------------------------------

  function renderHelp(help, urgent) {
    var section = el('section', urgent ? 'help-panel urgent' : 'help-panel');
    section.appendChild(el('h2', null, help.heading || 'You deserve support'));

    (Array.isArray(help.body) ? help.body : []).forEach(function (line) {
      section.appendChild(el('p', null, line));
    });

    var lines = Array.isArray(help.lines) ? help.lines : [];
    if (lines.length) {
      var list = el('ul', 'crisis-lines');
      lines.forEach(function (line) {
        if (!line) return;
        var item = el('li');
        item.appendChild(el('strong', null, line.name));
        item.appendChild(document.createTextNode(' '));
        var contact = String(line.contact || '').trim();
        if (contact) {
          if (isPhoneNumber(contact)) {
            var link = el('a', null, contact);
            link.href = 'tel:' + contact.replace(/[\s-]/g, '');
            item.appendChild(link);
          } else {
            item.appendChild(el('span', 'contact', contact));
          }
        }
        if (line.hours) {
          item.appendChild(document.createTextNode(' '));
          item.appendChild(el('span', 'hours', line.hours));
        }
        list.appendChild(item);
      });
      section.appendChild(list);
    }

    if (help.emergency) section.appendChild(el('p', 'emergency', help.emergency));

    var more = el('p');
    var helpLink = el('a', 'button secondary', 'Get help now');
    helpLink.href = '/help';
    more.appendChild(helpLink);
    section.appendChild(more);
    return section;
  }

  // The analysed text with component spans wrapped in <mark>.
  function renderHighlighted(text, spans) {
    var para = el('p', 'highlighted');
    var chosen = [];

    (Array.isArray(spans) ? spans : []).forEach(function (span) {
      if (!span || typeof span.label !== 'string') return;
      if (span.label.indexOf('style:') === 0) return; // style cues are not marked
      var info = COMPONENTS[span.label];
      var start = span.start;
      var end = span.end;
      if (!info || !Number.isInteger(start) || !Number.isInteger(end)) return;
      if (start < 0 || end > text.length || start >= end) return;
      // Keep the first of overlapping spans.
      var overlaps = chosen.some(function (c) { return start < c.end && end > c.start; });
      if (!overlaps) chosen.push({ start: start, end: end, kind: info[0], name: info[1] });
    });

    chosen.sort(function (a, b) { return a.start - b.start; });

    var pos = 0;
    chosen.forEach(function (c) {
      if (c.start > pos) para.appendChild(document.createTextNode(text.slice(pos, c.start)));
      var mark = el('mark', 'span-' + c.kind, text.slice(c.start, c.end));
      mark.title = c.name;
      para.appendChild(mark);
      pos = c.end;
    });
    if (pos < text.length) para.appendChild(document.createTextNode(text.slice(pos)));
    return para;
  }

  function renderFeedback(data, text) {
    var section = el('section', 'feedback');

    var style = typeof data.style === 'string' ? data.style : '';
    if (style) {
      var styleLine = el('p', 'feedback-style');
      styleLine.appendChild(document.createTextNode('Reads as '));
      styleLine.appendChild(el('span', 'badge style-' + style, STYLE_WORDS[style] || style.replace(/_/g, '-')));
      var p = data.probabilities && data.probabilities[style];
      if (typeof p === 'number' && isFinite(p)) {
        styleLine.appendChild(document.createTextNode(' '));
        styleLine.appendChild(el('span', 'muted', '(' + Math.round(p * 100) + '% sure)'));
      }
      section.appendChild(styleLine);
    }

    section.appendChild(renderHighlighted(text, data.spans));

    var tips = Array.isArray(data.tips) ? data.tips : [];
    if (tips.length) {
      var list = el('ul', 'tips');
      tips.forEach(function (tip) { list.appendChild(el('li', 'tip', tip)); });
      section.appendChild(list);
    }

    if (typeof data.suggestion === 'string' && data.suggestion.trim()) {
      section.appendChild(el('p', 'suggestion-label', 'A cleaner version:'));
      section.appendChild(el('p', 'suggestion', data.suggestion));
    }
    return section;
  }

  function render(target, data, text) {
    var safety = data.safety || {};
    var level = typeof safety.level === 'string' ? safety.level : 'none';
    var nodes = [];

    if (data.help) {
      nodes.push(renderHelp(data.help, level === 'urgent'));
    } else if (level !== 'none') {
      // A safety concern with no help text: still point gently to help.
      nodes.push(renderHelp({ heading: 'Support is here if you need it', body: [] }, level === 'urgent'));
    }
    if (level === 'none') nodes.push(renderFeedback(data, text));
    replaceContent(target, nodes);
  }

  // --- Wiring --------------------------------------------------------------

  function enhance(form) {
    var target = form.querySelector('[data-feedback-target]');
    if (!target || !window.fetch) return;

    var timer = null;
    var controller = null;
    var sequence = 0; // increases with each request; older replies are ignored

    function setState(state) {
      if (state) target.setAttribute('data-feedback-state', state);
      else target.removeAttribute('data-feedback-state');
      target.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
    }

    function currentText() {
      var parts = [];
      form.querySelectorAll('[data-analyze]').forEach(function (field) {
        var value = typeof field.value === 'string' ? field.value.trim() : '';
        if (value) parts.push(value);
      });
      return parts.join(' ');
    }

    function cancelPending() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (controller) controller.abort();
      controller = null;
      sequence += 1;
    }

    function showHint() {
      replaceContent(target, [el('p', 'muted', HINT)]);
      setState(null);
    }

    function showError() {
      replaceContent(target, [el('p', 'muted', UNAVAILABLE)]);
      setState('error');
    }

    async function analyse() {
      timer = null;
      var text = currentText();
      if (text.length < MIN_LENGTH) {
        showHint();
        return;
      }

      if (controller) controller.abort();
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      var mine = ++sequence;
      setState('loading');

      var payload = { text: text };
      var context = form.getAttribute('data-context');
      if (context) payload.context = context;

      try {
        var response = await fetch(ENDPOINT, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken() },
          body: JSON.stringify(payload),
          signal: controller ? controller.signal : undefined
        });
        if (mine !== sequence) return;
        if (response.status !== 200) throw new Error('HTTP ' + response.status);
        var data = await response.json();
        if (mine !== sequence) return;
        if (!data || typeof data !== 'object') throw new Error('Bad response');
        render(target, data, text);
        setState('ready');
      } catch (err) {
        // Aborted or superseded requests are expected; say nothing.
        if (mine !== sequence || (err && err.name === 'AbortError')) return;
        showError();
      }
    }

    form.addEventListener('input', function (event) {
      if (!event.target || !event.target.matches || !event.target.matches('[data-analyze]')) return;
      if (timer) clearTimeout(timer);
      if (currentText().length < MIN_LENGTH) {
        cancelPending();
        showHint();
        return;
      }
      timer = setTimeout(function () {
        analyse().catch(showError);
      }, DEBOUNCE_MS);
    });

    // The real submission takes over; stop any preview work (never prevent it).
    form.addEventListener('submit', cancelPending);

    // Leave any server-rendered feedback alone; otherwise show the hint.
    if (!target.textContent.trim()) showHint();
    form.setAttribute('data-live-ready', 'true');
  }

  function init() {
    document.querySelectorAll('form[data-live-feedback]').forEach(function (form) {
      try {
        enhance(form);
      } catch (err) {
        // Enhancement is optional; the form works without it.
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
