/* The dashboard's live feed: each server-sent event of /admin/live becomes the first line of the list. */
document.addEventListener('DOMContentLoaded', function () {
    var list = document.getElementById('live-events');
    if (!list || !window.EventSource) {
        return;
    }
    var source = new EventSource(list.getAttribute('data-feed'));
    source.onopen = function () {
        list.setAttribute('data-connected', 'true');
    };
    source.onmessage = function (message) {
        window.openshopLive(message.data);
    };
});

window.openshopLive = function (message) {
    var list = document.getElementById('live-events');
    if (!list) {
        return;
    }
    var event = typeof message === 'string' ? JSON.parse(message) : message;
    var empty = document.getElementById('live-empty');
    if (empty) {
        empty.remove();
    }
    var item = document.createElement('li');
    item.className = 'live-event live-' + String(event.kind).toLowerCase();
    item.setAttribute('data-id', event.id);
    var time = document.createElement('time');
    time.dateTime = event.at;
    time.textContent = String(event.at).substring(11, 19) + ' UTC ';
    item.appendChild(time);
    item.appendChild(document.createTextNode(event.text));
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 20) {
        list.removeChild(list.lastChild);
    }
};
