/*
 * What Wagtail's inline <script>s did in five admin templates, so that the admin can run
 * under script-src 'self' (see the overrides of wagtailadmin/widgets/{date,datetime,time}_input.html
 * and wagtailadmin/panels/{inline,multiple_chooser}_panel.html, and ADMIN_CSP_* in settings.base).
 *
 * Those templates carry their options in data attributes. An element is initialised once,
 * whether it was in the page as loaded or inserted later: a form added by an InlinePanel's
 * "Add" button from its <template>, or a modal's HTML loaded by AJAX.
 *
 * Loaded on every admin page by rightshouse/core/wagtail_hooks.py, near the top of <body> and
 * before the content, so the observer below sees each element as the parser adds it: about
 * when the inline script right after it would have run.
 */
(() => {
  'use strict';

  // Panels' options are Wagtail's `{{ options_json|escapejs }}`: a JSON text escaped as a
  // JavaScript string, kept that way for InlinePanel's __prefix__ replacement (see the
  // templates). The escapes are all \uXXXX, so JSON.parse can read it as a string first.
  const parseEscapedJson = (text) => JSON.parse(JSON.parse(`"${text}"`));

  const INITIALISERS = [
    {
      attribute: 'data-rh-date-chooser',
      needs: 'initDateChooser',
      run: (element, value) => window.initDateChooser(element.id, JSON.parse(value)),
    },
    {
      attribute: 'data-rh-datetime-chooser',
      needs: 'initDateTimeChooser',
      run: (element, value) => window.initDateTimeChooser(element.id, JSON.parse(value)),
    },
    {
      attribute: 'data-rh-time-chooser',
      needs: 'initTimeChooser',
      run: (element, value) => window.initTimeChooser(element.id, JSON.parse(value)),
    },
    {
      attribute: 'data-rh-inline-panel',
      needs: 'InlinePanel',
      run: (element, value) => new window.InlinePanel(parseEscapedJson(value)),
    },
    {
      attribute: 'data-rh-multiple-chooser-panel',
      needs: 'MultipleChooserPanel',
      run: (element, value) => new window.MultipleChooserPanel(parseEscapedJson(value)),
    },
  ];
  const SELECTOR = INITIALISERS.map(({ attribute }) => `[${attribute}]`).join(',');

  // The mark. A WeakSet rather than an attribute: an element moved in the page (an
  // InlinePanel child moved up) is seen again and skipped, while a copy of its HTML is a new
  // element and is initialised.
  const initialised = new WeakSet();

  const report = (error) => {
    if (typeof window.reportError === 'function') {
      window.reportError(error);
    } else {
      console.error(error);
    }
  };

  function initialise(element) {
    if (initialised.has(element)) return;
    const initialiser = INITIALISERS.find(({ attribute }) => element.hasAttribute(attribute));
    if (typeof window[initialiser.needs] !== 'function') {
      // Its script (a form's media) has not run yet: tried again once the page has loaded.
      if (document.readyState !== 'loading') {
        report(new Error(`${initialiser.needs} is not defined; ${initialiser.attribute} skipped`));
      }
      return;
    }
    initialised.add(element);
    try {
      initialiser.run(element, element.getAttribute(initialiser.attribute));
    } catch (error) {
      // As with separate inline scripts, one failure does not stop the others.
      report(error);
    }
  }

  function scan(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches(SELECTOR)) initialise(node);
    node.querySelectorAll(SELECTOR).forEach(initialise);
  }

  new MutationObserver((records) => {
    records.forEach((record) => record.addedNodes.forEach(scan));
  }).observe(document.documentElement, { childList: true, subtree: true });

  scan(document.documentElement);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => scan(document.documentElement));
  }
})();
