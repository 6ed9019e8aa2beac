/*
 * The auditor's downloads: PrimeFaces.monitorDownload calls these when a download starts and when the server has
 * sent it, and the status line under the button says so (screen readers announce it: role="status").
 */
window.ChantillyAuditor = (function () {
    function say(id, which) {
        var line = document.getElementById(id);
        if (line) {
            line.textContent = line.getAttribute('data-' + which) || '';
            line.classList.toggle('busy', which === 'preparing');
        }
    }
    return {
        csvStarted: function () { say('csvStatus', 'preparing'); },
        csvDone: function () { say('csvStatus', 'done'); },
        packStarted: function () { say('packStatus', 'preparing'); },
        packDone: function () { say('packStatus', 'done'); }
    };
}());
