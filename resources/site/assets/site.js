/* Handbook Studio — the website's behaviour, in plain JavaScript (ES2017, no modules, no framework).
 *
 * Loaded with `defer` on every page. Each feature looks for its elements and does nothing when the page has
 * none; the page is complete and readable without this file. Words come from the page (`data-words-*` on
 * <body>, `data-correct-text`/`data-incorrect-text`/`data-option-correct-text`/`data-option-incorrect-text` on a
 * quiz), so the site speaks the page's language; the English words here are only fallbacks.
 *
 *   sidebar   the contents list folds behind a button on narrow screens
 *   theme     the dark-theme toggle (theme.js applies the stored choice before the first paint)
 *   quizzes   check the answers, mark each option, show and announce the feedback, fire `handbook:quiz`
 *   gallery   a lightbox dialog with previous/next, arrow keys and Escape
 *   tabs      arrow keys, Home and End move between the tabs of a tab set
 *   embeds    online over http(s), the offline fallback gives way to the live content
 *   code      a copy button on every code block
 *   scrollable a code block or table wider than the column can be scrolled by keyboard
 *   languages remember the language a reader switched to (the chooser at the site's root uses it)
 *   print     details print open
 */
(function () {
    'use strict';

    var doc = document;
    var root = doc.documentElement;
    var body = doc.body;

    // ------------------------------------------------------------------------------------------- helpers --

    /* While enhance() runs, the features look only inside the content it was given (see the end). */
    var fresh = null;

    function all(selector, scope) {
        var found = Array.prototype.slice.call((scope || doc).querySelectorAll(selector));
        if (fresh && !scope) {
            found = found.filter(function (node) {
                return fresh.some(function (part) {
                    return part === node || part.contains(node);
                });
            });
        }
        return found;
    }

    function word(name, fallback) {
        var value = body ? body.getAttribute('data-words-' + name) : null;
        return value || fallback;
    }

    function storageSet(key, value) {
        try {
            window.localStorage.setItem(key, value);
        } catch (error) {
            /* file:// storage or private mode can refuse: not remembered, nothing else lost. */
        }
    }

    function element(tag, className, text) {
        var node = doc.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text) {
            node.textContent = text;
        }
        return node;
    }

    /* The elements a feature works on after the page (or the live preview's content) changed: those it kept that
       are still in the page, and the ones ``selector`` finds now; null when it finds none now. ``first`` is true
       when the feature kept none before, so that its window-wide listeners are added only once. */
    function gather(kept, selector) {
        var found = all(selector);
        if (!found.length) {
            return null;
        }
        var still = kept.filter(function (node) {
            return node.isConnected;
        });
        return { nodes: still.concat(found), first: !kept.length };
    }

    function hiddenText(text) {
        return element('span', 'hb-visually-hidden', text);
    }

    /* One feature's failure must not take the others with it; it is still reported. */
    function run(name, feature) {
        try {
            feature();
        } catch (error) {
            if (window.console && window.console.error) {
                window.console.error('handbook: the ' + name + ' feature failed:', error);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- sidebar --

    /* On narrow screens the contents list sits above the page behind a button (the CSS shows the button only
       there). Without scripts there is no button and the list is simply open. */
    function initSidebar() {
        var nav = doc.querySelector('nav.hb-sidebar');
        var list = nav ? nav.querySelector('.hb-nav') : null;
        if (!nav || !list) {
            return;
        }
        if (!list.id) {
            list.id = 'hb-nav-list';
        }
        var button = element('button', 'hb-nav-toggle', nav.getAttribute('aria-label') || 'Contents');
        button.type = 'button';
        button.setAttribute('aria-expanded', 'false');
        button.setAttribute('aria-controls', list.id);
        nav.insertBefore(button, nav.firstChild);
        nav.classList.add('hb-nav-collapsible');
        button.addEventListener('click', function () {
            var open = nav.classList.toggle('hb-nav-open');
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }

    // --------------------------------------------------------------------------------------------- theme --

    function initTheme() {
        var button = doc.querySelector('button.hb-theme-toggle');
        if (!button) {
            return;
        }
        var media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

        function isDark() {
            var chosen = root.dataset.theme;
            if (chosen === 'dark' || chosen === 'light') {
                return chosen === 'dark';
            }
            return Boolean(media && media.matches);
        }

        function sync() {
            button.setAttribute('aria-pressed', isDark() ? 'true' : 'false');
        }

        button.hidden = false;
        sync();
        button.addEventListener('click', function () {
            var next = isDark() ? 'light' : 'dark';
            root.dataset.theme = next;
            storageSet('hb-theme', next);
            sync();
        });
        if (media) {
            if (media.addEventListener) {
                media.addEventListener('change', sync);
            } else if (media.addListener) {
                media.addListener(sync);
            }
        }
        // A choice made in another tab of the same handbook.
        window.addEventListener('storage', function (event) {
            if (event.key !== 'hb-theme') {
                return;
            }
            if (event.newValue === 'dark' || event.newValue === 'light') {
                root.dataset.theme = event.newValue;
            } else {
                delete root.dataset.theme;
            }
            sync();
        });
    }

    // ------------------------------------------------------------------------------------------- quizzes --

    function initQuizzes() {
        all('.hb-quiz').forEach(function (quiz) {
            var correct = quiz.getAttribute('data-correct-text') || 'Correct';
            var incorrect = quiz.getAttribute('data-incorrect-text') || 'Not quite — try again';
            var texts = {
                correct: correct,
                incorrect: incorrect,
                // The word read out with a chosen option; "Not quite" is the verdict without its "try again".
                right: quiz.getAttribute('data-option-correct-text') || correct,
                wrong: quiz.getAttribute('data-option-incorrect-text') || incorrect.split(/\s+[—–]\s+/)[0],
            };
            all('form.hb-quiz-question', quiz).forEach(function (form) {
                initQuestion(form, texts);
            });
        });
    }

    function initQuestion(form, texts) {
        var button = form.querySelector('.hb-quiz-check');
        var feedback = form.querySelector('.hb-quiz-feedback');
        var inputs = all('input[type="radio"], input[type="checkbox"]', form);
        if (!button || !inputs.length) {
            return;
        }
        var announceTimer = null;

        function clearMarks() {
            inputs.forEach(function (input) {
                var item = input.closest('li') || input.parentNode;
                item.classList.remove('hb-quiz-right', 'hb-quiz-wrong');
                all('.hb-quiz-mark', item).forEach(function (mark) {
                    mark.parentNode.removeChild(mark);
                });
            });
        }

        function check() {
            clearMarks();
            var chosen = 0;
            var allRight = true;
            inputs.forEach(function (input) {
                var isCorrect = input.hasAttribute('data-correct');
                if (input.checked !== isCorrect) {
                    allRight = false;
                }
                if (!input.checked) {
                    return;
                }
                chosen += 1;
                var item = input.closest('li') || input.parentNode;
                item.classList.add(isCorrect ? 'hb-quiz-right' : 'hb-quiz-wrong');
                // Not by colour alone: the CSS draws ✓/✗, and the option's name says it to screen readers.
                var mark = hiddenText(' (' + (isCorrect ? texts.right : texts.wrong) + ')');
                mark.classList.add('hb-quiz-mark');
                (input.closest('label') || item).appendChild(mark);
            });
            var verdictText = allRight ? texts.correct : texts.incorrect;
            if (!chosen) {
                var hint = form.querySelector('.hb-quiz-hint');
                verdictText = hint ? hint.textContent : texts.incorrect;
            }
            // Whoever keeps score (the SCORM package's runtime) hears the result of every check of this question.
            form.dispatchEvent(
                new CustomEvent('handbook:quiz', {
                    bubbles: true,
                    detail: { correct: allRight && chosen > 0 ? 1 : 0, total: 1 },
                })
            );
            if (!feedback) {
                return;
            }
            var verdict = feedback.querySelector('.hb-quiz-verdict');
            if (!verdict) {
                verdict = element('p', 'hb-quiz-verdict');
                feedback.insertBefore(verdict, feedback.firstChild);
            }
            feedback.classList.toggle('hb-quiz-right', allRight && chosen > 0);
            feedback.classList.toggle('hb-quiz-wrong', !(allRight && chosen > 0));
            // The whole status (verdict and the author's feedback) is read when it changes.
            feedback.setAttribute('aria-atomic', 'true');
            feedback.hidden = false;
            // Emptied and refilled a moment later, so that the same verdict twice is announced twice.
            verdict.textContent = '';
            window.clearTimeout(announceTimer);
            announceTimer = window.setTimeout(function () {
                verdict.textContent = verdictText;
            }, 60);
        }

        button.hidden = false;
        button.setAttribute('aria-controls', feedback ? feedback.id : '');
        if (!feedback || !feedback.id) {
            button.removeAttribute('aria-controls');
        }
        button.addEventListener('click', check);
        // Enter in an option must not reload the page: it checks the answer instead.
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            check();
        });
        // Enter on an option checks the answer in every browser (some would submit the form, some do nothing).
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && event.target.tagName === 'INPUT' && !event.isComposing) {
                event.preventDefault();
                check();
            }
        });
        form.addEventListener('change', function () {
            clearMarks();
            if (feedback) {
                feedback.hidden = true;
            }
        });
    }

    // ------------------------------------------------------------------------------------------- gallery --

    function initGallery() {
        var links = all('a.hb-gallery-link');
        if (!links.length || typeof window.HTMLDialogElement !== 'function') {
            return; // without <dialog> each link simply opens its image
        }
        var dialog = null;
        var image = null;
        var caption = null;
        var count = null;
        var prevButton = null;
        var nextButton = null;
        var group = [];
        var index = 0;

        function iconButton(className, icon, label) {
            var button = element('button', className);
            button.type = 'button';
            button.title = label;
            var glyph = element('span', '', icon);
            glyph.setAttribute('aria-hidden', 'true');
            button.appendChild(glyph);
            button.appendChild(hiddenText(label));
            return button;
        }

        function build() {
            dialog = element('dialog', 'hb-lightbox');
            var closeButton = iconButton('hb-lightbox-close', '×', word('close', 'Close'));
            prevButton = iconButton('hb-lightbox-prev', '‹', word('previous-image', 'Previous image'));
            nextButton = iconButton('hb-lightbox-next', '›', word('next-image', 'Next image'));
            var figure = element('figure', 'hb-lightbox-figure');
            image = element('img', 'hb-lightbox-image');
            image.alt = '';
            caption = element('figcaption', 'hb-lightbox-caption');
            var captionText = element('span', 'hb-lightbox-alt');
            // The image's alt text names it already; the visible caption repeats it for sighted readers.
            captionText.setAttribute('aria-hidden', 'true');
            count = element('span', 'hb-lightbox-count');
            caption.appendChild(captionText);
            caption.appendChild(doc.createTextNode(' '));
            caption.appendChild(count);
            figure.appendChild(image);
            figure.appendChild(caption);
            dialog.appendChild(closeButton);
            dialog.appendChild(figure);
            dialog.appendChild(prevButton);
            dialog.appendChild(nextButton);
            body.appendChild(dialog);

            closeButton.addEventListener('click', function () {
                dialog.close();
            });
            prevButton.addEventListener('click', function () {
                show(index - 1);
            });
            nextButton.addEventListener('click', function () {
                show(index + 1);
            });
            dialog.addEventListener('keydown', function (event) {
                if (event.key === 'ArrowLeft' || event.key === 'Left') {
                    event.preventDefault();
                    show(index - 1);
                } else if (event.key === 'ArrowRight' || event.key === 'Right') {
                    event.preventDefault();
                    show(index + 1);
                }
            });
            // A click on the dark area around the image closes it.
            dialog.addEventListener('click', function (event) {
                if (event.target === dialog) {
                    dialog.close();
                }
            });
            dialog.addEventListener('close', function () {
                root.classList.remove('hb-lightbox-open');
                image.removeAttribute('src');
                var link = group[index];
                if (link && typeof link.focus === 'function') {
                    link.focus();
                }
            });
        }

        function show(position) {
            var total = group.length;
            index = ((position % total) + total) % total;
            var link = group[index];
            var thumb = link.querySelector('img');
            var alt = thumb ? thumb.getAttribute('alt') || '' : '';
            image.src = link.href;
            image.alt = alt;
            caption.querySelector('.hb-lightbox-alt').textContent = alt;
            count.textContent = total > 1 ? index + 1 + ' / ' + total : '';
            prevButton.hidden = total < 2;
            nextButton.hidden = total < 2;
        }

        function open(link) {
            if (!dialog) {
                build();
            }
            var figure = link.closest('.hb-gallery');
            group = figure ? all('a.hb-gallery-link', figure) : [link];
            var label = figure ? figure.querySelector(':scope > figcaption') : null;
            var thumb = link.querySelector('img');
            dialog.setAttribute('aria-label', (label && label.textContent.trim()) || (thumb && thumb.alt) || '');
            show(Math.max(0, group.indexOf(link)));
            root.classList.add('hb-lightbox-open');
            dialog.showModal();
            dialog.querySelector('.hb-lightbox-close').focus();
        }

        links.forEach(function (link) {
            link.addEventListener('click', function (event) {
                if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey ||
                    event.shiftKey || event.altKey) {
                    return; // a new tab or window is the reader's choice
                }
                event.preventDefault();
                open(link);
            });
        });
    }

    // ---------------------------------------------------------------------------------------------- tabs --

    /* pymdown's tabs are radio buttons with labels, so they work with CSS alone; here the arrow keys, Home and
       End move between them the same way in every browser (and wrap around). */
    function initTabs() {
        all('.tabbed-set').forEach(function (set) {
            var radios = Array.prototype.filter.call(set.children, function (child) {
                return child.tagName === 'INPUT' && child.type === 'radio';
            });
            if (radios.length < 2) {
                return;
            }
            set.addEventListener('keydown', function (event) {
                var position = radios.indexOf(event.target);
                if (position < 0 || event.altKey || event.ctrlKey || event.metaKey) {
                    return;
                }
                var last = radios.length - 1;
                var next;
                switch (event.key) {
                    case 'ArrowRight':
                    case 'ArrowDown':
                    case 'Right':
                    case 'Down':
                        next = position === last ? 0 : position + 1;
                        break;
                    case 'ArrowLeft':
                    case 'ArrowUp':
                    case 'Left':
                    case 'Up':
                        next = position === 0 ? last : position - 1;
                        break;
                    case 'Home':
                        next = 0;
                        break;
                    case 'End':
                        next = last;
                        break;
                    default:
                        return;
                }
                event.preventDefault();
                var target = radios[next];
                target.checked = true;
                target.focus();
                target.dispatchEvent(new Event('change', { bubbles: true }));
            });
        });
    }

    // -------------------------------------------------------------------------------------------- embeds --

    /* Live web content only where it can load: online, and from a web server (never from file:// or a USB
       stick). Otherwise — and again as soon as the connection drops — the offline fallback shows. */
    var embedFigures = [];

    function initEmbeds() {
        var gathered = gather(embedFigures, 'figure.hb-embed[data-embed-src]');
        if (!gathered) {
            return;
        }
        embedFigures = gathered.nodes;
        var served = window.location.protocol === 'http:' || window.location.protocol === 'https:';

        function fallbackParts(figure) {
            return Array.prototype.filter.call(figure.children, function (child) {
                var tag = child.tagName;
                return tag !== 'FIGCAPTION' && tag !== 'IFRAME' && !child.classList.contains('hb-embed-open');
            });
        }

        function goOnline(figure) {
            var src = figure.getAttribute('data-embed-src') || '';
            if (figure.querySelector('iframe.hb-embed-frame') || !/^https?:\/\//i.test(src)) {
                return;
            }
            var caption = figure.querySelector('figcaption');
            var frame = element('iframe', 'hb-embed-frame');
            frame.src = src;
            frame.title = figure.getAttribute('data-embed-title') || (caption && caption.textContent.trim()) || src;
            frame.setAttribute('loading', 'lazy');
            frame.setAttribute('allowfullscreen', '');
            var parts = fallbackParts(figure);
            parts.forEach(function (part) {
                if (!part.hidden) {
                    part.hidden = true;
                    part.setAttribute('data-hb-embed-hidden', '');
                }
                all('video, audio', part).concat(part.matches('video, audio') ? [part] : []).forEach(function (m) {
                    m.pause();
                });
            });
            figure.insertBefore(frame, parts[0] || figure.firstChild);
        }

        function goOffline(figure) {
            all('iframe.hb-embed-frame', figure).forEach(function (frame) {
                frame.parentNode.removeChild(frame);
            });
            all('[data-hb-embed-hidden]', figure).forEach(function (part) {
                part.hidden = false;
                part.removeAttribute('data-hb-embed-hidden');
            });
        }

        function update() {
            var online = served && navigator.onLine !== false;
            embedFigures.forEach(online ? goOnline : goOffline);
        }

        update();
        if (gathered.first) {
            window.addEventListener('online', update);
            window.addEventListener('offline', update);
        }
    }

    // ---------------------------------------------------------------------------------------------- code --

    function legacyCopy(text) {
        var area = element('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.top = '0';
        area.style.left = '0';
        area.style.opacity = '0';
        body.appendChild(area);
        area.select();
        var copied = false;
        try {
            copied = doc.execCommand('copy');
        } catch (error) {
            copied = false;
        }
        body.removeChild(area);
        return copied;
    }

    function copyText(text) {
        if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
            return navigator.clipboard.writeText(text).then(
                function () {
                    return true;
                },
                function () {
                    return legacyCopy(text);
                }
            );
        }
        return Promise.resolve(legacyCopy(text));
    }

    function initCode() {
        var blocks = all('div.highlight');
        if (!blocks.length) {
            return;
        }
        var copyWord = word('copy', 'Copy');
        var copiedWord = word('copied', 'Copied');

        blocks.forEach(function (block) {
            var pre = block.querySelector('pre');
            if (!pre) {
                return;
            }
            var button = element('button', 'hb-copy', copyWord);
            button.type = 'button';
            var timer = null;
            block.insertBefore(button, block.firstChild);
            block.classList.add('hb-has-copy');
            button.addEventListener('click', function () {
                var code = pre.querySelector('code') || pre;
                copyText(code.textContent).then(function (copied) {
                    button.focus();
                    if (!copied) {
                        // Leave the code selected, so that the reader can copy it with the keyboard.
                        var range = doc.createRange();
                        range.selectNodeContents(code);
                        var selection = window.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);
                        return;
                    }
                    button.textContent = copiedWord;
                    button.classList.add('hb-copied');
                    window.clearTimeout(timer);
                    timer = window.setTimeout(function () {
                        button.textContent = copyWord;
                        button.classList.remove('hb-copied');
                    }, 2000);
                });
            });
        });
    }

    // ---------------------------------------------------------------------------------------- scrollable --

    /* A code block or table wider than the column scrolls sideways; then it must be reachable by keyboard. */
    var scrollBoxes = [];
    var scrollResizeTimer = null;

    function initScrollable() {
        var gathered = gather(scrollBoxes, 'div.highlight pre, .hb-article table');
        if (!gathered) {
            return;
        }
        scrollBoxes = gathered.nodes;

        function markScrollable() {
            scrollBoxes.forEach(function (box) {
                if (box.scrollWidth > box.clientWidth + 1) {
                    if (!box.hasAttribute('tabindex')) {
                        box.setAttribute('tabindex', '0');
                        box.setAttribute('data-hb-scrollable', '');
                    }
                } else if (box.hasAttribute('data-hb-scrollable')) {
                    box.removeAttribute('tabindex');
                    box.removeAttribute('data-hb-scrollable');
                }
            });
        }
        markScrollable();
        if (gathered.first) {
            window.addEventListener('resize', function () {
                window.clearTimeout(scrollResizeTimer);
                scrollResizeTimer = window.setTimeout(markScrollable, 150);
            });
        }
    }

    // ----------------------------------------------------------------------------------------- languages --

    function initLanguages() {
        var switcher = doc.querySelector('.hb-languages');
        if (!switcher) {
            return;
        }
        switcher.addEventListener('click', function (event) {
            var link = event.target.closest ? event.target.closest('a[hreflang]') : null;
            if (link) {
                storageSet('hb-lang', link.getAttribute('hreflang'));
            }
        });
    }

    // --------------------------------------------------------------------------------------------- print --

    function initPrint() {
        var opened = [];
        window.addEventListener('beforeprint', function () {
            opened = all('details:not([open])');
            opened.forEach(function (details) {
                details.open = true;
            });
        });
        window.addEventListener('afterprint', function () {
            opened.forEach(function (details) {
                details.open = false;
            });
            opened = [];
        });
    }

    if (!body) {
        return;
    }
    /* The features of the content itself: run at load, and again on content put into the page later. */
    var contentFeatures = [
        ['quiz', initQuizzes],
        ['gallery', initGallery],
        ['tabs', initTabs],
        ['embed', initEmbeds],
        ['code', initCode],
        ['scrollable', initScrollable]
    ];

    function runContentFeatures() {
        contentFeatures.forEach(function (feature) {
            run(feature[0], feature[1]);
        });
    }

    run('sidebar', initSidebar);
    run('theme', initTheme);
    runContentFeatures();
    run('languages', initLanguages);
    run('print', initPrint);

    /* Content put into the page later (Handbook Studio's live preview does) gets the same behaviour. */
    window.HandbookSite = {
        enhance: function (nodes) {
            fresh = Array.prototype.slice.call(nodes);
            try {
                runContentFeatures();
            } finally {
                fresh = null;
            }
        },
    };
})();
