/*
 * SpeakUp — paced breathing.
 *
 * Without JS the circle still breathes via a CSS keyframe cycle. With JS each
 * phase (in / hold / out) is timed here: we set data-breathe-phase and
 * --breath-phase on the .breathe element, CSS runs that phase's animation,
 * and the label changes at the same moment. Inhale is 40% and exhale 60% of
 * the chosen pace; data-hold (seconds) adds a hold after breathing in.
 */
(function () {
  'use strict';

  var LABELS = { in: 'Breathe in\u2026', hold: 'Hold\u2026', out: 'Breathe out\u2026' };
  var PAUSED_LABEL = 'Paused. Press Resume when you are ready.';

  function seconds(value, fallback) {
    var n = parseFloat(value);
    return isFinite(n) && n >= 0 ? n : fallback;
  }

  function setup(root) {
    var circle = root.querySelector('.breathe-circle');
    var label = root.querySelector('.breathe-label');
    var range = root.querySelector('input[type="range"]');
    var output = root.querySelector('output');
    var toggle = root.querySelector('[data-breathe-toggle]');
    if (!circle || !label) return;

    var hold = seconds(root.getAttribute('data-hold'), 0);
    var defaultPace = seconds(root.getAttribute('data-inhale'), 4) + seconds(root.getAttribute('data-exhale'), 6);
    var pace = range ? seconds(range.value, defaultPace) : defaultPace;

    var phases = [];
    var index = 0;
    var timer = null;
    var phaseMs = 0;        // length of the current phase
    var phaseStarted = 0;   // when it started (adjusted on resume)
    var remainingMs = 0;    // what was left when paused
    var paused = false;
    var restartOnResume = false;

    function now() {
      return window.performance && performance.now ? performance.now() : Date.now();
    }

    // Change the label only when the words change, so screen readers are not flooded.
    function say(text) {
      if (label.textContent !== text) label.textContent = text;
    }

    function buildPhases() {
      phases = [{ name: 'in', secs: pace * 0.4 }];
      if (hold > 0) phases.push({ name: 'hold', secs: hold });
      phases.push({ name: 'out', secs: pace * 0.6 });
      root.style.setProperty('--breath-cycle', Math.round((pace + hold) * 1000) + 'ms');
      if (output) output.textContent = String(pace);
    }

    function enterPhase(i) {
      clearTimeout(timer);
      index = i % phases.length;
      var phase = phases[index];
      phaseMs = phase.secs * 1000;
      phaseStarted = now();

      // Remove then re-add the phase so the CSS animation restarts from the beginning.
      root.style.setProperty('--breath-phase', Math.round(phaseMs) + 'ms');
      root.removeAttribute('data-breathe-phase');
      void circle.offsetWidth; // force a style flush
      root.setAttribute('data-breathe-phase', phase.name);

      say(LABELS[phase.name]);
      timer = setTimeout(function () { enterPhase(index + 1); }, phaseMs);
    }

    function pause() {
      if (paused) return;
      paused = true;
      clearTimeout(timer);
      timer = null;
      remainingMs = Math.max(0, phaseMs - (now() - phaseStarted));
      root.classList.add('is-paused');
      if (toggle) toggle.textContent = 'Resume';
      say(PAUSED_LABEL);
    }

    function resume() {
      if (!paused) return;
      paused = false;
      root.classList.remove('is-paused');
      if (toggle) toggle.textContent = 'Pause';
      if (restartOnResume) {
        restartOnResume = false;
        enterPhase(0);
        return;
      }
      say(LABELS[phases[index].name]);
      phaseStarted = now() - (phaseMs - remainingMs);
      timer = setTimeout(function () { enterPhase(index + 1); }, remainingMs);
    }

    if (range) {
      range.addEventListener('input', function () {
        pace = seconds(range.value, defaultPace);
        buildPhases();
        // Start a fresh breath at the new pace (or on resume, if paused).
        if (paused) restartOnResume = true;
        else enterPhase(0);
      });
    }

    if (toggle) {
      toggle.addEventListener('click', function () {
        if (paused) resume();
        else pause();
      });
    }

    // Timers are throttled in background tabs; start a fresh breath on return.
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden && !paused) enterPhase(0);
    });

    buildPhases();
    enterPhase(0);
    root.classList.add('is-enhanced');
  }

  function init() {
    document.querySelectorAll('[data-breathe]').forEach(function (root) {
      try {
        setup(root);
      } catch (err) {
        // The CSS-only animation keeps working.
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
