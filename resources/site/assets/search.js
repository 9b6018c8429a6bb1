/* Handbook Studio: search in the exported website. Plain JavaScript (ES2017), no modules, works from file://.
 *
 * The page has, for each search box:
 *   <form class="hb-search" role="search" data-search-index="../search/ru.js" data-root="../"
 *         data-words-no-results="No results for “{q}”" data-words-results="{n} results">
 *     <input type="search"> <div data-search-results aria-live="polite"></div>
 *   </form>
 * Optional words: data-words-results-one / -few / -many / -other (plural forms, chosen with Intl.PluralRules),
 * data-words-unavailable (the index could not be loaded), data-words-search (label of the result list).
 * The language is the page's <html lang> (or data-search-lang on the form).
 *
 * The index (authoring_app/core/export/search/) is a script that assigns window.HB_SEARCH[lang]: one fragment
 * per page, each made on its own at export. It is loaded when the box first gets focus or input, by inserting a
 * <script src> (fetch/XHR do not work from file://); Index then puts every page's terms into one string, which a
 * query searches with indexOf (native code: fast from the first keystroke, no index to build term by term).
 *
 * KEEP IN STEP with search/: loading (Index ↔ SearchIndex.__init__, decode_names, decode_numbers), normalize(),
 * the matching rules (matchKeys), the scoring and the choice of snippet are the same algorithm in both; the Python
 * tests check search quality through it.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 10;
  var DEBOUNCE_MS = 150;
  var MIN_STEM_MATCH = 3;     // an index key reaches a longer query word from 3 letters …
  var MAX_EXTRA_LETTERS = 4;  // … when the query word is at most 4 letters longer
  var MIN_PREFIX = 3;         // a query word completes longer keys from 3 letters
  var PREFIX_FACTOR = 0.5;    // weight of a key reached only by completing the query word

  // Apostrophe-like letters of Uzbek and Turkmen and combining marks (stress accents): removed before splitting.
  var REMOVED = /[\u02BB\u02BC'\u2018\u2019`\u0300-\u036F]/g;
  var WORD_CHARS = '\\p{L}\\p{N}';
  var WORD_FLAGS = 'gu';
  try {
    new RegExp('[' + WORD_CHARS + ']', WORD_FLAGS);
  } catch (e) {
    // Engines without Unicode property escapes: the letters of the scripts a handbook is written in.
    WORD_CHARS = '0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6' +
      '\\u00F8-\\u02C1\\u0370-\\u0373\\u0376-\\u03FF\\u0400-\\u0481\\u048A-\\u052F\\u1E00-\\u1FFF' +
      '\\u2DE0-\\u2DFF\\uA640-\\uA66E\\uA680-\\uA69F';
    WORD_FLAGS = 'g';
  }
  // Words of a query or text after normalize(); words of a snippet as shown (apostrophes and accents kept).
  var WORD = new RegExp('[' + WORD_CHARS + ']+', WORD_FLAGS);
  var SHOWN_WORD = new RegExp('[' + WORD_CHARS + '\\u02BB\\u02BC\'\\u2018\\u2019`\\u0300-\\u036F]+', WORD_FLAGS);

  var FORMAT_VERSION = 2;
  // search/: CODE_DIGITS, TRANSPORT_LETTERS (Cyrillic а…я), SHARED_MARKS (front coding: shared length 0…16).
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var TRANSPORT_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ@[]^_{';
  var SHARED_MARKS = '!#$%&()*+,-.:;=?~';
  var DIGIT_VALUE = [];  // by character code (ASCII)
  var FROM_TRANSPORT = [];
  var SHARED = [];
  for (var c = 0; c < 128; c++) {
    DIGIT_VALUE.push(DIGITS.indexOf(String.fromCharCode(c)));
    FROM_TRANSPORT.push(c);
    SHARED.push(SHARED_MARKS.indexOf(String.fromCharCode(c)));
  }
  for (var t = 0; t < TRANSPORT_LETTERS.length; t++) FROM_TRANSPORT[TRANSPORT_LETTERS.charCodeAt(t)] = 0x430 + t;

  function normalize(text) {
    return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(REMOVED, '');
  }

  function letters(text) {
    return Array.from(text).length;
  }

  function wordsOf(text) {
    return normalize(text).match(WORD) || [];
  }

  // search/: decode_numbers. Base-32 digits, least significant first; digits ≥ 32 continue the number.
  function numbersOf(code) {
    var numbers = [];
    var value = 0;
    var scale = 1;
    for (var i = 0; i < code.length; i++) {
      var digit = DIGIT_VALUE[code.charCodeAt(i)];
      if (digit >= 32) {
        value += (digit - 32) * scale;
        scale *= 32;
      } else {
        numbers.push(value + digit * scale);
        value = 0;
        scale = 1;
      }
    }
    return numbers;
  }

  // UTF-16 code units as a string: TextDecoder where there is one (fast), else String.fromCharCode in pieces.
  var UTF16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
  function stringOf(units) {
    if (UTF16) return UTF16.decode(units);
    var out = '';
    for (var at = 0; at < units.length; at += 8192) {
      out += String.fromCharCode.apply(null, units.subarray(at, at + 8192));
    }
    return out;
  }

  // A term of Index.text ends with a mark: END + the number of its class (U+E000…U+F8FE, private use: never in a
  // word); END + MAX_KIND says that the number is in Index.overflow.
  var END = 0xE000;
  var MAX_KIND = 0xF8FF - END;

  // The index of one language, ready to query. Everything that needs all the pages is done here or when asked:
  // the terms of every page, whole, one after the other in one string (this.text), which a query searches with
  // indexOf; a page's number is its place in data.pages. search/: SearchIndex.__init__ (the same information
  // as a dictionary term → postings).
  function Index(data) {
    var pages = data.pages;
    var units = new Uint16Array(4096);
    var size = 0;
    this.starts = [];  // page → where its terms begin in this.text
    this.codes = [];  // page → its numbers: K, K × (weight, zigzag where), a class per term, alias steps
    this.overflow = new Map();
    this.aliases = new Map();  // word → its term (a word that is itself a term is no alias: see isTerm)
    for (var page = 0; page < pages.length; page++) {
      var row = pages[page];
      var codes = numbersOf(row[7]);
      var next = 1 + 2 * codes[0];  // the class of the next term
      var names = row[6];
      var n = names.length;
      var begins = [];  // where each term of the page begins
      this.starts.push(size);
      this.codes.push(codes);
      // search/: decode_names. Each name: its mark (how much it shares with the name before), then the rest.
      var previous = 0;
      for (var i = 0; i < n;) {
        var shared = SHARED[names.charCodeAt(i++)];
        if (size + shared + n - i + 1 > units.length) {
          var bigger = new Uint16Array(2 * (size + shared + n - i + 1));
          bigger.set(units.subarray(0, size));
          units = bigger;
        }
        begins.push(size);
        for (var c = 0; c < shared; c++) units[size++] = units[previous + c];
        previous = size - shared;
        for (; i < n; i++) {
          var unit = names.charCodeAt(i);
          if (unit < 128) {
            if (SHARED[unit] >= 0) break;
            unit = FROM_TRANSPORT[unit];
          }
          units[size++] = unit;
        }
        var kind = codes[next++];
        if (kind >= MAX_KIND) {
          this.overflow.set(size, kind);
          kind = MAX_KIND;
        }
        units[size++] = END + kind;
      }
      if (row[8]) {
        var bases = [];
        var target = 0;
        for (; next < codes.length; next++) {
          var from = begins[target += codes[next]];
          var to = from;
          while (units[to] < END) to++;
          bases.push(stringOf(units.subarray(from, to)));
        }
        var words = namesOf(row[8], bases);
        for (var w = 0; w < words.length; w++) {
          if (!this.aliases.has(words[w])) this.aliases.set(words[w], bases[w]);
        }
      }
    }
    this.starts.push(size);
    this.text = stringOf(units.subarray(0, size));
    this.pages = pages;
    this.stop = new Set(data.s);
    this.exact = new Map();  // term → its postings (isTerm, aliases)
  }

  // search/: decode_names with bases (the aliases of a page: few).
  function namesOf(names, bases) {
    var words = [];
    var n = names.length;
    for (var i = 0; i < n;) {
      var j = i + 1;
      while (j < n && !(names.charCodeAt(j) < 128 && SHARED[names.charCodeAt(j)] >= 0)) j++;
      var rest = '';
      for (var k = i + 1; k < j; k++) {
        var unit = names.charCodeAt(k);
        rest += String.fromCharCode(unit < 128 ? FROM_TRANSPORT[unit] : unit);
      }
      words.push(bases[words.length].slice(0, SHARED[names.charCodeAt(i)]) + rest);
      i = j;
    }
    return words;
  }

  // The postings of the terms of this.text that begin with lead (exact: that are lead) and that keep(term) accepts:
  // Map term → [page, weight, where, page, weight, where, …], by page.
  Index.prototype.scan = function (lead, exact, keep) {
    var text = this.text;
    var starts = this.starts;
    var found = new Map();
    var verdicts = new Map();
    var page = 0;
    for (var at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
      if (at > 0 && text.charCodeAt(at - 1) < END) continue;  // inside a term
      var end = at + lead.length;
      while (text.charCodeAt(end) < END) end++;
      if (exact && end !== at + lead.length) {
        at = end;
        continue;
      }
      var term = text.slice(at, end);
      var list = found.get(term);
      if (list === undefined) {
        var verdict = verdicts.get(term);
        if (verdict === undefined) verdicts.set(term, verdict = !keep || keep(term));
        if (!verdict) {
          at = end;
          continue;
        }
        found.set(term, list = []);
      }
      while (starts[page + 1] <= at) page++;
      var kind = text.charCodeAt(end) - END;
      if (kind === MAX_KIND) kind = this.overflow.get(end);
      var codes = this.codes[page];
      var zigzag = codes[2 + 2 * kind];
      list.push(page, codes[1 + 2 * kind], zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2);
      at = end;
    }
    return found;
  };

  // The postings of one term (empty when it is none).
  Index.prototype.postingsOf = function (term) {
    var list = this.exact.get(term);
    if (list === undefined) {
      list = this.scan(term, true, null).get(term) || [];
      this.exact.set(term, list);
    }
    return list;
  };

  Index.prototype.isTerm = function (word) {
    return this.postingsOf(word).length > 0;
  };

  // search/: key_matches. 1 (same word, or the key is its stem), 0.5 (the query word is a prefix), 0.
  function keyMatches(word, key) {
    if (word === key) return 1;
    if (word.indexOf(key) === 0 && letters(key) >= MIN_STEM_MATCH &&
        letters(word) - letters(key) <= MAX_EXTRA_LETTERS) return 1;
    if (key.indexOf(word) === 0 && letters(word) >= MIN_PREFIX) return PREFIX_FACTOR;
    return 0;
  }

  // search/: SearchIndex.matching_keys. For one query word: terms (Map term → [factor, key], aliases resolved to
  // their terms) and their postings (Map term → postings).
  Index.prototype.matchKeys = function (word) {
    // Every key that can match begins with the word's first max(3, letters − 4) letters (or is the word).
    var points = Array.from(word);
    var lead = points.length < MIN_PREFIX ? word :
      points.slice(0, Math.max(MIN_STEM_MATCH, points.length - MAX_EXTRA_LETTERS)).join('');
    var postings = this.scan(lead, false, function (term) { return keyMatches(word, term) > 0; });
    var keys = Array.from(postings.keys());
    var self = this;
    this.aliases.forEach(function (term, alias) {
      if (alias.indexOf(lead) === 0 && keyMatches(word, alias) > 0 && !self.isTerm(alias)) keys.push(alias);
    });
    // In search/'s order: the word, then its prefixes (shortest first), then its completions (sorted).
    var exact = [];
    var prefixes = [];
    var completions = [];
    keys.forEach(function (key) {
      if (key === word) exact.push(key);
      else if (word.indexOf(key) === 0) prefixes.push(key);
      else completions.push(key);
    });
    prefixes.sort(function (a, b) { return a.length - b.length; });
    completions.sort();
    var found = new Map();
    exact.concat(prefixes, completions).forEach(function (key) {
      var factor = keyMatches(word, key);
      var term = postings.has(key) ? key : self.aliases.get(key);
      var old = found.get(term);
      if (!old || factor > old[0]) found.set(term, [factor, key]);
      if (!postings.has(term)) postings.set(term, self.postingsOf(term));
    });
    return { found: found, postings: postings };
  };

  // search/: SearchIndex.query. Every word must match; ranked by summed weights, then reading order.
  Index.prototype.query = function (text) {
    var words = [];
    var all = wordsOf(text);
    for (var i = 0; i < all.length; i++) {
      var w = all[i];
      if (letters(w) > 1 && !this.stop.has(w) && words.indexOf(w) < 0) words.push(w);
    }
    var marks = [];
    if (!words.length) return { words: words, results: [], marks: marks };
    var perWord = [];
    for (var n = 0; n < words.length; n++) {
      var best = new Map();
      var matched = this.matchKeys(words[n]);
      var terms = Array.from(matched.found.keys()).sort();
      for (var t = 0; t < terms.length; t++) {
        var term = terms[t];
        var factor = matched.found.get(term)[0];
        var key = matched.found.get(term)[1];
        if (marks.indexOf(key) < 0) marks.push(key);
        if (marks.indexOf(term) < 0) marks.push(term);
        var postings = matched.postings.get(term);  // page, weight, where, …
        for (var p = 0; p < postings.length; p += 3) {
          var score = postings[p + 1] * factor;
          var old = best.get(postings[p]);
          if (!old || score > old[0]) best.set(postings[p], [score, postings[p + 2]]);
        }
      }
      if (!best.size) return { words: words, results: [], marks: marks };
      perWord.push(best);
    }
    var ranked = [];
    perWord[0].forEach(function (_, doc) {
      var total = 0;
      var chosen = null;
      for (var m = 0; m < perWord.length; m++) {
        var hit = perWord[m].get(doc);
        if (!hit) return;
        total += hit[0];
        var has = hit[1] >= 0;
        var chosenHas = chosen !== null && chosen[1] >= 0;
        if (chosen === null || (has && !chosenHas) || (has === chosenHas && hit[0] > chosen[0])) chosen = hit;
      }
      ranked.push([total, doc, chosen[1]]);
    });
    ranked.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    var pages = this.pages;
    var results = ranked.map(function (r) {
      var row = pages[r[1]];
      var heading = r[2] >= 0 ? row[5][r[2]][0] : -r[2] - 2;
      return {
        url: row[0],
        anchor: heading >= 0 ? row[4][heading][0] : '',
        title: row[1],
        part: row[2],
        heading: heading >= 0 ? row[4][heading][1] : '',
        snippet: r[2] >= 0 ? row[5][r[2]][1] : row[3],
        score: r[0]
      };
    });
    return { words: words, results: results, marks: marks.concat(words) };
  };

  // Loading the index scripts: one <script> per file, shared by every box that names it.
  var loads = {};

  function indexFor(lang) {
    var all = window.HB_SEARCH || {};
    var data = all[lang] || all[lang.split('-')[0]];
    if (!data) {
      var names = Object.keys(all);
      if (names.length === 1) data = all[names[0]];
    }
    return data && data.v === FORMAT_VERSION ? new Index(data) : null;
  }

  function loadIndex(src, lang, done) {
    var load = loads[src];
    if (!load) {
      load = loads[src] = { state: 'loading', index: null, waiting: [] };
      var finish = function (ok) {
        load.index = ok ? indexFor(lang) : null;
        load.state = load.index ? 'ready' : 'failed';
        var waiting = load.waiting;
        load.waiting = [];
        waiting.forEach(function (callback) { callback(load); });
      };
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = function () { finish(true); };
      script.onerror = function () { finish(false); };
      (document.head || document.documentElement).appendChild(script);
    }
    if (load.state === 'loading') load.waiting.push(done); else done(load);
  }

  // One search box.
  var counter = 0;

  function words(config, name, fallback) {
    var value = config.getAttribute('data-words-' + name);
    return value === null || value === '' ? fallback : value;
  }

  function setup(input, config, container) {
    if (input.hbSearch) return;
    input.hbSearch = true;
    var lang = config.getAttribute('data-search-lang') || document.documentElement.lang || 'en';
    var root = config.getAttribute('data-root');
    if (root === null) root = (document.body && document.body.getAttribute('data-root')) || '';
    var src = config.getAttribute('data-search-index') || root + 'search/' + lang + '.js';
    var plural = null;
    try { plural = new Intl.PluralRules(lang); } catch (e) { plural = null; }

    if (!container) {
      container = document.createElement('div');
      container.setAttribute('data-search-results', '');
      input.parentNode.insertBefore(container, input.nextSibling);
    }
    if (!container.id) container.id = 'hb-search-results-' + (++counter);
    input.setAttribute('aria-controls', container.id);
    // Screen readers hear only the status ("5 results"), not the whole list on every keystroke: the list's own
    // live region is turned off, and a status line that is always in the page (visually hidden) speaks; one that
    // appears together with its text may not be announced. The visible status line repeats it for the eyes.
    container.setAttribute('aria-live', 'off');
    var announcer = document.createElement('p');
    announcer.className = 'hb-visually-hidden hb-search-announce';
    announcer.setAttribute('role', 'status');
    announcer.style.cssText = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;' +
      'clip:rect(0 0 0 0);white-space:nowrap;border:0';
    container.parentNode.insertBefore(announcer, container.nextSibling);
    var status = document.createElement('p');
    status.className = 'hb-search-status';
    status.setAttribute('aria-hidden', 'true');
    var list = document.createElement('ul');
    list.className = 'hb-search-list';
    var label = config.getAttribute('data-words-search');
    if (label) list.setAttribute('aria-label', label);
    container.textContent = '';
    container.appendChild(status);
    container.appendChild(list);
    container.hidden = true;

    var load = null;
    var timer = null;
    var shown = null;

    function setStatus(text) {
      status.textContent = text;
      announcer.textContent = text;
    }

    function clear() {
      setStatus('');
      list.textContent = '';
      container.hidden = true;
      shown = null;
    }

    function say(text) {
      list.textContent = '';
      setStatus(text);
      container.hidden = false;
    }

    function countText(n) {
      var text = null;
      if (plural) text = config.getAttribute('data-words-results-' + plural.select(n));
      if (!text) text = words(config, 'results', '{n} results');
      return text.replace('{n}', String(n));
    }

    // The text into parent, with <mark> around the words a query met.
    function appendMarked(parent, text, marks) {
      var last = 0;
      text.replace(SHOWN_WORD, function (word, offset) {
        var norm = normalize(word);
        var hit = marks.some(function (key) {
          return norm === key || (letters(key) >= MIN_STEM_MATCH && norm.indexOf(key) === 0);
        });
        if (hit) {
          parent.appendChild(document.createTextNode(text.slice(last, offset)));
          var mark = document.createElement('mark');
          mark.textContent = word;
          parent.appendChild(mark);
          last = offset + word.length;
        }
        return word;
      });
      parent.appendChild(document.createTextNode(text.slice(last)));
      return parent;
    }

    function render(query) {
      if (!load || load.state === 'loading') return;
      var text = query.trim();
      if (load.state === 'failed') {
        say(words(config, 'unavailable', 'Search is not available: the search index could not be loaded.'));
        return;
      }
      if (text === shown) {
        container.hidden = !text;
        return;
      }
      var found = text ? load.index.query(text) : { words: [] };
      if (!found.words.length) {
        clear();
        return;
      }
      shown = text;
      if (!found.results.length) {
        say(words(config, 'no-results', 'No results for “{q}”').replace('{q}', text));
        return;
      }
      setStatus(countText(found.results.length));
      list.textContent = '';
      found.results.slice(0, MAX_RESULTS).forEach(function (result) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + result.url + (result.anchor ? '#' + result.anchor : '');
        item.appendChild(appendMarked(link, result.title, found.marks));
        var where = [result.part, result.heading].filter(Boolean).join(' › ');
        if (where) {
          item.appendChild(document.createTextNode(' '));
          var span = document.createElement('span');
          span.className = 'hb-search-where';
          span.textContent = where;
          item.appendChild(span);
        }
        if (result.snippet) {
          var snippet = document.createElement('p');
          snippet.className = 'hb-search-snippet';
          item.appendChild(appendMarked(snippet, result.snippet, found.marks));
        }
        list.appendChild(item);
      });
      container.hidden = false;
    }

    function start() {
      if (load) return;
      load = { state: 'loading' };
      loadIndex(src, lang, function (ready) {
        load = ready;
        if (input.value.trim() || ready.state === 'failed') render(input.value);
      });
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll('a'));
    }

    input.addEventListener('focus', function () {
      start();
      if (shown) container.hidden = false;
    });
    input.addEventListener('input', function () {
      start();
      clearTimeout(timer);
      timer = setTimeout(function () { render(input.value); }, DEBOUNCE_MS);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        if (input.value || !container.hidden) event.preventDefault();
        input.value = '';
        clearTimeout(timer);
        clear();
      } else if (event.key === 'ArrowDown') {
        var all = links();
        if (all.length) {
          event.preventDefault();
          container.hidden = false;
          all[0].focus();
        }
      }
    });
    container.addEventListener('keydown', function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === 'ArrowDown' && at < all.length - 1) {
        event.preventDefault();
        all[at + 1].focus();
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (at > 0) all[at - 1].focus(); else input.focus();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        input.focus();
        container.hidden = true;
      }
    });
    var form = input.form;
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        start();
        clearTimeout(timer);
        render(input.value);
      });
    }
    // Close the list when focus leaves the search box and its results; it comes back on focus.
    var box = form || input.parentNode;
    box.addEventListener('focusout', function (event) {
      var next = event.relatedTarget;
      if (next && (box.contains(next) || container.contains(next))) return;
      setTimeout(function () {
        var active = document.activeElement;
        if (!(active && (box.contains(active) || container.contains(active)))) container.hidden = true;
      }, 0);
    });
    if (form) form.classList.add('hb-search-ready');
    // A query typed before this script ran (the script is deferred).
    if (document.activeElement === input || input.value) start();
    if (input.value) render(input.value);
  }

  function init() {
    var forms = document.querySelectorAll('form[role=search]');
    Array.prototype.forEach.call(forms, function (form) {
      var input = form.querySelector('input[type=search]');
      if (input) setup(input, form, form.querySelector('[data-search-results]'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('input[type=search]'), function (input) {
      if (input.hbSearch) return;
      var config = input.closest('[data-search-index]') || input.form || input;
      var scope = input.closest('[data-search-index], form') || input.parentNode;
      setup(input, config, scope.querySelector('[data-search-results]'));
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();

  // For tests and for other scripts of the site.
  window.HBSearch = { normalize: normalize, words: wordsOf, Index: Index, load: loadIndex };
})();
