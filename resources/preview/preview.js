/* Handbook Studio's live preview, inside the website's own section page.
 *
 * The section's content arrives as patches of blocks (authoring_app/core/preview/patch.py): the first one is in
 * the page (window.hbInitialPatch, applied before the site's scripts run), later ones through
 * hbPreview.apply(patch). Each top-level element carries its source line (data-line) and its block's number
 * (data-hb-b). Over Qt's web channel the page tells the editor where the reader scrolled to and which block was
 * clicked, and the editor tells the page which line to show. Nothing here loads anything from the network.
 */
(function () {
    'use strict';

    var doc = document;
    var blocks = new Map(); // block number -> its nodes in the page
    var bridge = null;
    var placedAt = null; // where scrollToLine or apply put the view: a scroll event there is ours, not the reader's
    var ticking = false;

    function place(y) {
        window.scrollTo({ top: Math.max(0, y), behavior: 'instant' });
        placedAt = window.scrollY;
    }

    function article() {
        return doc.querySelector('article.hb-article');
    }

    function parse(html) {
        var template = doc.createElement('template');
        template.innerHTML = html;
        return Array.prototype.filter.call(template.content.childNodes, function (node) {
            return node.nodeType === 1;
        });
    }

    /* The element at the top of the viewport and where it is, so that the view holds still when blocks above
       it change. */
    function scrollAnchor(container) {
        var children = container.children;
        for (var i = 0; i < children.length; i++) {
            var rect = children[i].getBoundingClientRect();
            if (rect.bottom > 0) {
                return { node: children[i], top: rect.top };
            }
        }
        return null;
    }

    function apply(patch) {
        var container = article();
        if (!container) {
            return -1;
        }
        var anchor = window.scrollY > 0 ? scrollAnchor(container) : null;
        var added = [];
        patch.remove.forEach(function (number) {
            (blocks.get(number) || []).forEach(function (node) {
                if (node.parentNode) {
                    node.parentNode.removeChild(node);
                }
            });
            blocks.delete(number);
        });
        patch.insert.forEach(function (entry) {
            var after = entry[0];
            var number = entry[1];
            var nodes = parse(entry[2]);
            nodes.forEach(function (node) {
                node.setAttribute('data-hb-b', String(number));
            });
            if (!nodes.length) {
                nodes = [doc.createTextNode('')]; // keeps the block's place for the blocks inserted after it
            }
            var before = container.firstChild;
            if (after !== null) {
                var previous = blocks.get(after) || [];
                var last = previous[previous.length - 1];
                before = last ? last.nextSibling : null;
            }
            nodes.forEach(function (node) {
                container.insertBefore(node, before);
                if (node.nodeType === 1) {
                    added.push(node);
                }
            });
            blocks.set(number, nodes);
        });
        patch.lines.forEach(function (entry) {
            (blocks.get(entry[0]) || []).forEach(function (node) {
                if (node.nodeType === 1) {
                    node.setAttribute('data-line', String(entry[1]));
                }
            });
        });
        if (anchor && anchor.node.isConnected) {
            var shift = anchor.node.getBoundingClientRect().top - anchor.top;
            if (shift) {
                place(window.scrollY + shift);
            }
        }
        if (added.length && window.HandbookSite) {
            window.HandbookSite.enhance(added);
        }
        setTitle(patch.title);
        window.hbRevision = patch.revision;
        return patch.revision;
    }

    /* The section's title shows outside its content too: the window title, the breadcrumbs, the contents. */
    var shownTitle = null;

    function setTitle(title) {
        if (!title || title === shownTitle) {
            return;
        }
        if (shownTitle !== null) {
            if (doc.title.indexOf(shownTitle) === 0) {
                doc.title = title + doc.title.slice(shownTitle.length);
            }
            ['.hb-breadcrumbs [aria-current="page"]', '.hb-sidebar [aria-current="page"]'].forEach(function (selector) {
                var node = doc.querySelector(selector);
                if (node) {
                    node.textContent = title;
                }
            });
        }
        shownTitle = title;
    }

    /* The top-level elements that say their source line, in page order. */
    function lined() {
        var container = article();
        if (!container) {
            return [];
        }
        return Array.prototype.filter.call(container.children, function (node) {
            return node.hasAttribute('data-line');
        });
    }

    /* The source line at the top of the viewport, between two blocks' lines as far as the view is between them. */
    function lineAtTop() {
        var nodes = lined();
        if (!nodes.length) {
            return 1;
        }
        var low = 0;
        var high = nodes.length - 1;
        while (low < high) {
            var middle = (low + high + 1) >> 1;
            if (nodes[middle].getBoundingClientRect().top <= 1) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        var node = nodes[low];
        var line = Number(node.getAttribute('data-line'));
        var rect = node.getBoundingClientRect();
        if (rect.top > 1) {
            return line; // above the first block
        }
        var next = nodes[low + 1];
        var nextLine = next ? Number(next.getAttribute('data-line')) : line + 1;
        var nextTop = next ? next.getBoundingClientRect().top : rect.bottom;
        var span = nextTop - rect.top;
        return span > 0 ? line + ((nextLine - line) * -rect.top) / span : line;
    }

    function scrollToLine(line) {
        var nodes = lined();
        if (!nodes.length) {
            return;
        }
        var index = -1;
        for (var i = 0; i < nodes.length; i++) {
            if (Number(nodes[i].getAttribute('data-line')) <= line) {
                index = i;
            } else {
                break;
            }
        }
        var y;
        if (index < 0) {
            y = 0;
        } else {
            var node = nodes[index];
            var start = Number(node.getAttribute('data-line'));
            var rect = node.getBoundingClientRect();
            var next = nodes[index + 1];
            var end = next ? Number(next.getAttribute('data-line')) : start + 1;
            var bottom = next ? next.getBoundingClientRect().top : rect.bottom;
            var fraction = end > start ? Math.min(1, Math.max(0, (line - start) / (end - start))) : 0;
            y = window.scrollY + rect.top + (bottom - rect.top) * fraction;
            if (index === 0 && line <= start) {
                y = 0; // the page's own header stays in view at the start of the section
            }
        }
        place(y);
    }

    function onScroll() {
        if (placedAt !== null && Math.abs(window.scrollY - placedAt) < 2) {
            return;
        }
        placedAt = null;
        if (ticking) {
            return;
        }
        ticking = true;
        window.requestAnimationFrame(function () {
            ticking = false;
            if (bridge && placedAt === null) {
                bridge.previewScrolled(lineAtTop());
            }
        });
    }

    function onClick(event) {
        if (event.defaultPrevented) {
            return; // the site's own script handled it (a gallery opens its lightbox)
        }
        var link = event.target.closest ? event.target.closest('a[href]') : null;
        if (link) {
            var href = link.getAttribute('href') || '';
            if (href.charAt(0) === '#') {
                // <base> points at the language folder: a same-page anchor is followed here, not by navigation.
                event.preventDefault();
                var target = doc.getElementById(decodeURIComponent(href.slice(1)));
                if (target) {
                    target.scrollIntoView();
                }
                return;
            }
            event.preventDefault();
            if (bridge) {
                bridge.linkActivated(link.href);
            }
            return;
        }
        var container = article();
        var node = event.target;
        while (node && node.parentNode !== container) {
            node = node.parentNode;
        }
        if (node && node.nodeType === 1 && node.hasAttribute('data-line') && bridge) {
            bridge.previewClicked(Number(node.getAttribute('data-line')));
        }
    }

    window.hbPreview = { apply: apply, scrollToLine: scrollToLine, lineAtTop: lineAtTop };

    function start() {
        if (window.hbInitialPatch) {
            apply(window.hbInitialPatch);
        }
        window.addEventListener('scroll', onScroll, { passive: true });
        doc.addEventListener('click', onClick);
        if (window.QWebChannel && window.qt && window.qt.webChannelTransport) {
            new window.QWebChannel(window.qt.webChannelTransport, function (channel) {
                bridge = channel.objects.bridge || null;
                if (bridge) {
                    bridge.pageReady(window.hbRevision || 0);
                }
            });
        }
    }

    if (doc.readyState === 'loading') {
        doc.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
