/* Handbook Studio — the SCORM runtime of an exported package (plain ES5, no modules). Loaded by every page.
 *
 * One SCORM session per launch of the SCO: a session that ends (LMSFinish / Terminate) cannot be started again
 * in the same launch, so the pages cannot each open and close their own. The package's launch page (launch.html,
 * which carries the JSON block #hb-scorm-config) is therefore a shell: it holds the session and shows the
 * handbook's pages in an iframe, where links work as on the website. This file plays two roles:
 *
 *   shell    finds the LMS's API (window.API for SCORM 1.2, window.API_1484_11 for 2004) up the parent chain
 *            and through the opener, initialises, marks the attempt incomplete, resumes at the last page,
 *            keeps the visited sections and quiz results in suspend data, sets completed once every section
 *            was visited, reports the score, and commits and terminates when the shell is unloaded;
 *   page     tells the shell (postMessage, which also works between file:// frames) which page is shown and
 *            the result of every quiz check (the `handbook:quiz` event of site.js).
 *
 * Without an LMS (the package opened from a folder, or a page opened alone) both roles do nothing at all.
 */
(function () {
    'use strict';

    var TAG = 'handbook-scorm';

    /* The page's path from the package root, e.g. "en/04-gamification.html" (body[data-root] is "../" there). */
    function pagePath() {
        var body = document.body;
        var root = (body && body.getAttribute('data-root')) || '';
        var anchor = document.createElement('a');
        anchor.href = root || './';
        var base = anchor.href.split('#')[0].split('?')[0];
        var here = window.location.href.split('#')[0].split('?')[0];
        return here.indexOf(base) === 0 ? decodeURIComponent(here.slice(base.length)) : here;
    }

    // ------------------------------------------------------------------------------------------- page --

    function runPage() {
        var parentWindow = window.parent;
        if (!parentWindow || parentWindow === window) {
            return; // opened alone: a plain web page
        }
        var path = pagePath();

        function tell(message) {
            message.tag = TAG;
            message.page = path;
            try {
                parentWindow.postMessage(message, '*');
            } catch (ignored) {
                // no shell to tell
            }
        }

        tell({ kind: 'visit' });
        document.addEventListener('handbook:quiz', function (event) {
            var forms = document.querySelectorAll('form.hb-quiz-question');
            var index = Array.prototype.indexOf.call(forms, event.target);
            var detail = event.detail || {};
            tell({ kind: 'quiz', question: index, correct: detail.correct ? 1 : 0 });
        });
    }

    // ------------------------------------------------------------------------------------------ shell --

    /* The standard search: up the frames that contain this one, then the window that opened it. */
    function findAPI(name) {
        function scan(win) {
            var hops = 0;
            try {
                while (win && !win[name] && win.parent && win.parent !== win && hops < 500) {
                    hops += 1;
                    win = win.parent;
                }
                return (win && win[name]) || null;
            } catch (crossOrigin) {
                return null; // a frame of another origin: no API there for us
            }
        }
        var api = scan(window);
        try {
            if (!api && window.opener) {
                api = scan(window.opener);
            }
            if (!api && window.top && window.top.opener) {
                api = scan(window.top.opener);
            }
        } catch (crossOrigin) {
            api = null;
        }
        return api;
    }

    /* The calls and data-model names of each version, so the session code below is written once. */
    var VERSIONS = {
        '1.2': {
            api: 'API',
            init: 'LMSInitialize',
            get: 'LMSGetValue',
            set: 'LMSSetValue',
            commit: 'LMSCommit',
            finish: 'LMSFinish',
            status: 'cmi.core.lesson_status',
            fresh: ['not attempted', 'unknown', ''],
            done: ['completed', 'passed', 'failed'],
            location: 'cmi.core.lesson_location',
            exit: 'cmi.core.exit',
            sessionTime: 'cmi.core.session_time',
            scorePrefix: 'cmi.core.score.',
            time: function (seconds) {
                var h = Math.floor(seconds / 3600);
                var m = Math.floor((seconds % 3600) / 60);
                var s = seconds % 60;
                return (h < 10 ? '000' : h < 100 ? '00' : h < 1000 ? '0' : '') + h + ':' + pad(m) + ':' + pad(s);
            },
        },
        '2004': {
            api: 'API_1484_11',
            init: 'Initialize',
            get: 'GetValue',
            set: 'SetValue',
            commit: 'Commit',
            finish: 'Terminate',
            status: 'cmi.completion_status',
            fresh: ['not attempted', 'unknown', ''],
            done: ['completed'],
            location: 'cmi.location',
            exit: 'cmi.exit',
            sessionTime: 'cmi.session_time',
            scorePrefix: 'cmi.score.',
            time: function (seconds) {
                return 'PT' + seconds + 'S';
            },
        },
    };

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function runShell(config) {
        var version = VERSIONS[config.version];
        var frame = document.getElementById('hb-scorm-frame');
        if (!version || !frame) {
            return;
        }
        var api = findAPI(version.api);
        if (!api) {
            return; // no LMS: the shell is just a frame around the handbook
        }
        var sections = config.sections || [];
        var questions = config.questions || 0;
        var started = new Date().getTime();
        var open = String(api[version.init]('')) === 'true';
        if (!open) {
            return;
        }
        var quizzes = config.quizzes || {};
        var state = { v: [], r: [] }; // numbers of the visited sections and of the rightly answered questions
        var completed = false;

        function get(name) {
            return String(api[version.get](name) || '');
        }
        function set(name, value) {
            if (open) {
                api[version.set](name, String(value));
            }
        }
        function commit() {
            if (open) {
                api[version.commit]('');
            }
        }

        try {
            var saved = JSON.parse(get('cmi.suspend_data') || '{}');
            if (saved && saved.v instanceof Array) {
                state.v = saved.v;
            }
            if (saved && saved.r instanceof Array) {
                state.r = saved.r;
            }
        } catch (unreadable) {
            // suspend data from something else: start afresh
        }
        var status = get(version.status);
        completed = version.done.indexOf(status) >= 0;
        if (version.fresh.indexOf(status) >= 0) {
            set(version.status, 'incomplete');
        }
        var resumeAt = get(version.location);
        if (resumeAt && /^[^:?#]+\.html$/.test(resumeAt) && resumeAt !== config.start) {
            frame.setAttribute('src', resumeAt);
        }
        commit();

        function save() {
            set('cmi.suspend_data', JSON.stringify(state));
        }

        function visit(page) {
            set(version.location, page);
            var number = sections.indexOf(page);
            if (number >= 0 && state.v.indexOf(number) < 0) {
                state.v.push(number);
                state.v.sort(function (a, b) {
                    return a - b;
                });
            }
            if (config.version === '2004' && sections.length) {
                set('cmi.progress_measure', Math.min(1, state.v.length / sections.length).toFixed(4));
            }
            if (!completed && state.v.length >= sections.length) {
                completed = true;
                set(version.status, 'completed');
            }
            save();
            commit();
        }

        /* Questions are numbered across the package (config.quizzes: page → [first number, count]); the suspend
         * data keeps the numbers of those whose last check was right, which stays short enough for 1.2's 4096. */
        function score(page, question, correct) {
            var place = quizzes[page];
            if (!questions || !place || !(question >= 0 && question < place[1])) {
                return;
            }
            var number = place[0] + question;
            var at = state.r.indexOf(number);
            if (correct && at < 0) {
                state.r.push(number);
            } else if (!correct && at >= 0) {
                state.r.splice(at, 1);
            }
            var right = Math.min(state.r.length, questions);
            if (config.version === '1.2') {
                // 1.2 LMSs read the raw score as a percentage.
                set(version.scorePrefix + 'min', 0);
                set(version.scorePrefix + 'max', 100);
                set(version.scorePrefix + 'raw', Math.round((100 * right) / questions));
            } else {
                set(version.scorePrefix + 'min', 0);
                set(version.scorePrefix + 'max', questions);
                set(version.scorePrefix + 'raw', right);
                set(version.scorePrefix + 'scaled', (right / questions).toFixed(4));
            }
            save();
            commit();
        }

        window.addEventListener('message', function (event) {
            var data = event.data;
            if (!open || event.source !== frame.contentWindow || !data || data.tag !== TAG) {
                return;
            }
            if (typeof data.page !== 'string' || data.page.length > 250) {
                return;
            }
            if (data.kind === 'visit') {
                visit(data.page);
            } else if (data.kind === 'quiz') {
                score(data.page, Number(data.question), data.correct);
            }
        });

        function finish() {
            if (!open) {
                return;
            }
            // "suspend" keeps the suspend data and location for the next attempt while the handbook is unfinished.
            set(version.exit, completed ? '' : 'suspend');
            set(version.sessionTime, version.time(Math.round((new Date().getTime() - started) / 1000)));
            commit();
            api[version.finish]('');
            open = false;
        }
        window.addEventListener('pagehide', finish);
        window.addEventListener('beforeunload', finish);
        window.addEventListener('unload', finish);
    }

    var block = document.getElementById('hb-scorm-config');
    if (block) {
        var config = null;
        try {
            config = JSON.parse(block.textContent);
        } catch (broken) {
            config = null;
        }
        if (config) {
            runShell(config);
        }
    } else {
        runPage();
    }
})();
