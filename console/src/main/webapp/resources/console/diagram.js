/*
 * The supervisor area's script (no inline scripts: the content security policy allows only files).
 *
 * 1. The process diagrams of the complaint page. Each model the complaint ran through is on the page once
 *    (.diagram-model, its BPMN XML in data-xml). Each process instance has a panel (.diagram-panel) with an element
 *    .diagram that names its model (data-model) and carries the flow nodes passed (data-visited), waited in now
 *    (data-current), and the tiers a click opens (data-drill: "CallActivity_SupervisorTier=process-diagram-2 ...").
 *    One panel is shown at a time; its diagram is drawn when it is first shown (bpmn-js's navigated viewer): passed
 *    nodes and the flows between them get the marker "path-visited", current nodes "path-current", tiers that open
 *    "path-drill". The viewer opens zoomed to the path taken with the current step centred (at a zoom at which the
 *    model's text is readable), and says so on the container: data-zoom (the scale) and data-centred-on (the
 *    element). A click on a tier, or a link with data-show-panel (the list of steps, the way back), shows the other
 *    panel and moves the focus to its title; without scripts those links load the page with that panel open. Once
 *    drawn, a container gets data-rendered="true"; if the model cannot be drawn, it shows data-error-text (the list
 *    of steps beside it says the same as the diagram). Buttons with data-zoom="path" or "all" zoom back to the path
 *    or show the whole model.
 * 2. Print buttons: any element with data-action="print" prints the page (the print style sheet hides the rest).
 */
(function () {
    'use strict';

    /** The smallest and largest scale the path is shown at: below it the model's text is too small to read. */
    var MIN_SCALE = 0.85;
    var MAX_SCALE = 1.25;
    /** Room around the path, in model units. */
    var PADDING = 40;
    /** The element types a complaint waits in; the current step is one of them when it waits in any. */
    var WAITING = ['bpmn:UserTask', 'bpmn:CallActivity', 'bpmn:ReceiveTask', 'bpmn:IntermediateCatchEvent',
        'bpmn:EventBasedGateway'];

    var viewers = {};

    function ids(value) {
        return (value || '').split(/\s+/).filter(function (id) { return id.length > 0; });
    }

    /** "a=b c=d" as {a: "b", c: "d"}. */
    function pairs(value) {
        var map = {};
        ids(value).forEach(function (pair) {
            var at = pair.indexOf('=');
            if (at > 0) {
                map[pair.substring(0, at)] = pair.substring(at + 1);
            }
        });
        return map;
    }

    function markPath(viewer, visited, current, drill) {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        var passed = {};
        visited.forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, 'path-visited');
                passed[id] = true;
            }
        });
        current.forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, 'path-current');
                passed[id] = true;
            }
        });
        registry.filter(function (element) { return element.type === 'bpmn:SequenceFlow'; }).forEach(function (flow) {
            if (flow.source && flow.target && passed[flow.source.id] && passed[flow.target.id]) {
                canvas.addMarker(flow.id, 'path-visited');
            }
        });
        Object.keys(drill).forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, 'path-drill');
            }
        });
    }

    /** The smallest box around the shapes (connections and labels left out), or null. */
    function boundsOf(shapes) {
        var box = null;
        shapes.forEach(function (shape) {
            if (!shape || shape.waypoints || typeof shape.x !== 'number') {
                return;
            }
            if (!box) {
                box = { left: shape.x, top: shape.y, right: shape.x + shape.width, bottom: shape.y + shape.height };
            } else {
                box.left = Math.min(box.left, shape.x);
                box.top = Math.min(box.top, shape.y);
                box.right = Math.max(box.right, shape.x + shape.width);
                box.bottom = Math.max(box.bottom, shape.y + shape.height);
            }
        });
        return box;
    }

    /** The element the view centres on: where the complaint waits, else the last step it passed. */
    function focusOf(registry, visited, current) {
        var now = current.map(function (id) { return registry.get(id); }).filter(function (e) { return !!e; });
        var waiting = now.filter(function (e) { return WAITING.indexOf(e.type) >= 0; });
        if (waiting.length > 0) {
            return waiting;
        }
        if (now.length > 0) {
            return now;
        }
        for (var i = visited.length - 1; i >= 0; i--) {
            var element = registry.get(visited[i]);
            if (element && !element.waypoints) {
                return [element];
            }
        }
        return [];
    }

    /** Zooms to the path taken with the current step in the middle, no smaller than readable. */
    function zoomToPath(viewer, container) {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        var visited = ids(container.getAttribute('data-visited'));
        var current = ids(container.getAttribute('data-current'));
        var focus = focusOf(registry, visited, current);
        var centre = boundsOf(focus);
        var path = boundsOf(visited.concat(current).map(function (id) { return registry.get(id); }));
        var size = canvas.getSize();
        if (!centre || !path || !size.width || !size.height) {
            canvas.zoom('fit-viewport', 'auto');
            container.setAttribute('data-zoom', String(Math.round(canvas.zoom() * 100) / 100));
            return;
        }
        var x = (centre.left + centre.right) / 2;
        var y = (centre.top + centre.bottom) / 2;
        var halfWidth = Math.max(x - path.left, path.right - x) + PADDING;
        var halfHeight = Math.max(y - path.top, path.bottom - y) + PADDING;
        var scale = Math.min(size.width / (2 * halfWidth), size.height / (2 * halfHeight));
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
        var width = size.width / scale;
        var height = size.height / scale;
        canvas.viewbox({ x: x - width / 2, y: y - height / 2, width: width, height: height });
        container.setAttribute('data-zoom', String(Math.round(scale * 100) / 100));
        container.setAttribute('data-centred-on', focus.map(function (e) { return e.id; }).join(' '));
    }

    function showError(container) {
        var message = document.createElement('p');
        message.className = 'notice error';
        message.textContent = container.getAttribute('data-error-text') || 'The diagram cannot be shown.';
        container.appendChild(message);
        container.setAttribute('data-rendered', 'false');
    }

    function draw(container) {
        if (!container || viewers[container.id] || container.getAttribute('data-rendered') === 'false') {
            return;
        }
        var model = document.getElementById(container.getAttribute('data-model') || '');
        if (typeof window.BpmnJS !== 'function' || !model) {
            showError(container);
            return;
        }
        var viewer = new window.BpmnJS({ container: container });
        viewers[container.id] = viewer;
        var drill = pairs(container.getAttribute('data-drill'));
        viewer.importXML(model.getAttribute('data-xml')).then(function () {
            markPath(viewer, ids(container.getAttribute('data-visited')), ids(container.getAttribute('data-current')),
                drill);
            zoomToPath(viewer, container);
            viewer.get('eventBus').on('element.click', function (event) {
                var target = drill[event.element.id];
                if (target) {
                    show(target, true);
                }
            });
            var svg = container.querySelector('svg');
            if (svg) {
                // the canvas stays focusable (keyboard panning and zooming); it is one image with a name, its
                // parts are described by the text list of the path beside it
                svg.setAttribute('role', 'img');
                svg.setAttribute('aria-label', container.getAttribute('data-label') || '');
            }
            container.setAttribute('data-rendered', 'true');
        }).catch(function () {
            showError(container);
        });
    }

    /** Shows the panel of the diagram with that id (and draws it), hiding the others. */
    function show(diagramId, moveFocus) {
        var target = document.getElementById(diagramId + '-panel');
        if (!target) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('.diagram-panel'), function (panel) {
            panel.classList.toggle('is-hidden', panel !== target);
        });
        draw(document.getElementById(diagramId));
        var href = target.getAttribute('data-href');
        if (href && window.history && window.history.replaceState) {
            window.history.replaceState(null, '', href);
        }
        if (moveFocus) {
            var title = document.getElementById(diagramId + '-title');
            if (title) {
                title.focus();
            }
        }
    }

    function wireDiagrams() {
        var shown = document.querySelector('.diagram-panel:not(.is-hidden) .diagram');
        if (!shown) {
            return;
        }
        draw(shown);
        document.addEventListener('click', function (event) {
            var link = event.target.closest ? event.target.closest('[data-show-panel]') : null;
            if (link) {
                event.preventDefault();
                show(link.getAttribute('data-show-panel'), true);
                return;
            }
            var button = event.target.closest ? event.target.closest('button[data-zoom]') : null;
            if (button) {
                var container = document.getElementById(button.getAttribute('data-diagram'));
                var viewer = container ? viewers[container.id] : null;
                if (viewer && button.getAttribute('data-zoom') === 'all') {
                    viewer.get('canvas').zoom('fit-viewport', 'auto');
                } else if (viewer) {
                    zoomToPath(viewer, container);
                }
            }
        });
        Array.prototype.forEach.call(document.querySelectorAll('.diagram-tools'), function (tools) {
            tools.hidden = false;
        });
    }

    function wirePrintButtons() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-action="print"]'), function (button) {
            button.addEventListener('click', function (event) {
                event.preventDefault();
                window.print();
            });
        });
    }

    function start() {
        wireDiagrams();
        wirePrintButtons();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
