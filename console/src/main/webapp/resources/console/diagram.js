/*
 * The supervisor area's script (no inline scripts: the content security policy allows only files).
 *
 * 1. The process diagram: an element with id "process-diagram" carries the BPMN model (data-xml) and the ids of the
 *    flow nodes passed (data-visited) and waited in now (data-current), all space-separated. bpmn-js's navigated
 *    viewer draws the model; passed nodes and the flows between them get the marker "path-visited", current nodes
 *    "path-current". Once drawn, the container gets data-rendered="true"; if the model cannot be drawn, it shows
 *    data-error-text (the text list of the path beside it says the same as the diagram).
 * 2. Print buttons: any element with data-action="print" prints the page (the print style sheet hides the rest).
 */
(function () {
    'use strict';

    function ids(value) {
        return (value || '').split(/\s+/).filter(function (id) { return id.length > 0; });
    }

    function markPath(viewer, visited, current) {
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
    }

    function showError(container) {
        var message = document.createElement('p');
        message.className = 'notice error';
        message.textContent = container.getAttribute('data-error-text') || 'The diagram cannot be shown.';
        container.appendChild(message);
        container.setAttribute('data-rendered', 'false');
    }

    function drawDiagram() {
        var container = document.getElementById('process-diagram');
        if (!container) {
            return;
        }
        if (typeof window.BpmnJS !== 'function') {
            showError(container);
            return;
        }
        var viewer = new window.BpmnJS({ container: container });
        viewer.importXML(container.getAttribute('data-xml')).then(function () {
            markPath(viewer, ids(container.getAttribute('data-visited')), ids(container.getAttribute('data-current')));
            viewer.get('canvas').zoom('fit-viewport', 'auto');
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

    function wirePrintButtons() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-action="print"]'), function (button) {
            button.addEventListener('click', function (event) {
                event.preventDefault();
                window.print();
            });
        });
    }

    function start() {
        drawDiagram();
        wirePrintButtons();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
