/* Handbook Studio: the language chooser (the site's root index.html).
   Sends the reader on to the language they chose before, or else to the first of their browser's languages
   that the handbook has; `?choose` in the URL keeps the chooser open so that a reader can pick another one. */
(function () {
    'use strict';

    var list = document.querySelector('ul.hb-chooser-list[data-languages]');
    if (!list) {
        return;
    }
    var codes = (list.getAttribute('data-languages') || '').split(/\s+/).filter(Boolean);

    /* The handbook's code for a language tag: `ru-RU` and `ru_RU` → `ru`; null when the handbook lacks it. */
    function match(tag) {
        if (!tag) {
            return null;
        }
        var wanted = String(tag).replace(/_/g, '-').toLowerCase();
        var base = wanted.split('-')[0];
        var exact = null;
        var byBase = null;
        codes.forEach(function (code) {
            var lower = code.toLowerCase();
            if (lower === wanted && exact === null) {
                exact = code;
            } else if (lower.split('-')[0] === base && byBase === null) {
                byBase = code;
            }
        });
        return exact || byBase;
    }

    function store(code) {
        try {
            window.localStorage.setItem('hb-lang', code);
        } catch (error) {
            /* No storage: the reader simply chooses again next time. */
        }
    }

    list.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a[hreflang]') : null;
        if (link) {
            store(link.getAttribute('hreflang'));
        }
    });

    if (/(?:^\?|&)choose(?:[=&]|$)/.test(window.location.search)) {
        return;
    }

    var lang = null;
    try {
        lang = match(window.localStorage.getItem('hb-lang'));
    } catch (error) {
        lang = null;
    }
    if (!lang) {
        var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
        for (var i = 0; i < preferred.length && !lang; i++) {
            lang = match(preferred[i]);
        }
    }
    if (lang) {
        window.location.replace(lang + '/index.html');
    }
})();
