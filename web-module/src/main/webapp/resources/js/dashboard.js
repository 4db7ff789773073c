/* The dashboard's live feed: each message from the "dashboard" websocket becomes the first line of the list. */
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
