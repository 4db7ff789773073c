package io.openshop.service.testing;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.service.identity.IdentityMails;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Identity's emails as sent: what kind, to whom, and the token the link carries (the only copy of it in clear). */
public final class FakeIdentityMails extends IdentityMails {

    public record Sent(String kind, String email, String token) {
    }

    public final List<Sent> sent = new ArrayList<>();

    public List<Sent> sent(String kind) {
        return sent.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    public String lastToken(String kind) {
        List<Sent> of = sent(kind);
        return of.get(of.size() - 1).token();
    }

    @Override
    public void verification(EmailAddress email, String token, Duration validity) {
        sent.add(new Sent("verification", email.value(), token));
    }

    @Override
    public void passwordReset(EmailAddress email, String token, Duration validity) {
        sent.add(new Sent("reset", email.value(), token));
    }

    @Override
    public void accountAlreadyExists(EmailAddress email) {
        sent.add(new Sent("exists", email.value(), null));
    }
}
