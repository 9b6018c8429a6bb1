/* Handbook Studio: the reader's colour theme, applied before the page is painted.
   Loaded synchronously in <head>. `hb-js` tells the stylesheet that scripts run (e.g. the narrow-screen
   contents toggle); `data-theme` is the reader's explicit choice, which wins over the system preference. */
(function () {
    'use strict';
    var root = document.documentElement;
    root.classList.add('hb-js');
    try {
        var theme = window.localStorage.getItem('hb-theme');
        if (theme === 'dark' || theme === 'light') {
            root.dataset.theme = theme;
        }
    } catch (error) {
        /* Storage can be unavailable (file:// in some browsers, private mode): the system preference applies. */
    }
})();
