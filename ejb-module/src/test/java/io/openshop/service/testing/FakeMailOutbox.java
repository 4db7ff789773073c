package io.openshop.service.testing;

import io.openshop.service.mail.MailOutbox;
import io.openshop.service.mail.OutgoingMail;

import java.util.ArrayList;
import java.util.List;

/** The outbox without its table and scheduler: keeps the mails enqueued, once per dedupe key. */
public final class FakeMailOutbox extends MailOutbox {

    public final List<OutgoingMail> mails = new ArrayList<>();

    @Override
    public boolean enqueue(OutgoingMail mail) {
        if (mails.stream().anyMatch(m -> m.dedupeKey().equals(mail.dedupeKey()))) {
            return false;
        }
        return mails.add(mail);
    }
}
