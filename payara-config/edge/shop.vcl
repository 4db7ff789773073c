vcl 4.1;
# The shop's edge cache: Varnish with the xkey module of varnish-modules (Debian's varnish and
# varnish-modules). './shop edge up' and the tests make the running copy from this file with
# @BACKEND_HOST@, @BACKEND_PORT@ and @PURGERS@ filled in; changes here are what every edge runs.
#
# What is cached: anonymous GETs and HEADs the shop marks public (Cache-Control s-maxage:
# the catalog's API reads, see EdgeCaching), for as long as the shop says. Everything with a
# token or a session cookie, and every other method, goes to the shop. The shop purges what
# a change makes stale by the surrogate keys its answers carry (PURGE with xkey-purge, from
# the shop's hosts only: EdgePurger), so an answer with keys is kept for an hour; a purge that
# fails is sent again until it goes through.

import xkey;

backend shop {
    .host = "@BACKEND_HOST@";
    .port = "@BACKEND_PORT@";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

acl purgers {
    @PURGERS@
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purges only from the shop"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "A purge names its keys in xkey-purge"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Personal: a bearer token, or a session (signed in, a cart, a form being filled in).
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)JSESSIONID=") {
        return (pass);
    }
    if (req.url ~ "^/api/") {
        # An anonymous API read depends on its URL alone (currency and language are parameters).
        unset req.http.Cookie;
    }
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        if (beresp.ttl > 0s) {
            # Purged exactly by its keys when what it shows changes, so kept for an hour here,
            # whatever shorter age (s-maxage) other shared caches are told: a long tail of
            # products stays cached between its visits.
            set beresp.ttl = 1h;
            if (now - bereq.time > 1.5s) {
                # A slow answer may have been read before a change whose purges (sent at once and
                # again two seconds later) came before it arrived: kept for a second only.
                set beresp.ttl = 1s;
            }
        }
    }
    # A stale copy is served for at most a few seconds after its age runs out, while a fresh one
    # is fetched; a purged copy is gone at once.
    set beresp.grace = 5s;
}

sub vcl_deliver {
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason;
    return (deliver);
}
