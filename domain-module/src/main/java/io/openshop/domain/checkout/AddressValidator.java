package io.openshop.domain.checkout;

import io.openshop.domain.shared.PostalAddress;

import java.util.List;
import java.util.Objects;

/**
 * An address validation service (port). It only advises: a checkout is never refused because
 * of its answer, or because it has none.
 */
public interface AddressValidator {

    Check check(PostalAddress address);

    /** What the service said. */
    enum Result {
        /** The address is deliverable as typed. */
        VERIFIED,
        /** Deliverable in a corrected form: the suggestion. */
        CORRECTED,
        /** The service could not find it; the shopper may still use it. */
        UNDELIVERABLE,
        /** No answer (not configured, too slow or down): nothing is known. */
        UNCHECKED
    }

    /** The answer, with the corrected address when there is one and the service's messages. */
    record Check(Result result, PostalAddress suggestion, List<String> messages) {

        public Check {
            Objects.requireNonNull(result, "result");
            messages = messages == null ? List.of() : List.copyOf(messages);
            if ((result == Result.CORRECTED) != (suggestion != null)) {
                throw new IllegalArgumentException("a suggestion comes with CORRECTED and only with it");
            }
        }

        public static Check unchecked() {
            return new Check(Result.UNCHECKED, null, List.of());
        }
    }
}
