package io.openshop.domain.shared;

/**
 * A value given by a caller breaks a rule; names the field and what is expected of it, as data,
 * so that a page can put the expectation beside its own field's label. The message ("email must
 * be an address") is the two together, as APIs answer it.
 */
public class InvalidInputException extends DomainException {

    private final String field;
    private final String expectation;

    public InvalidInputException(String field, String expectation) {
        super(field + " " + expectation);
        this.field = field;
        this.expectation = expectation;
    }

    /** The field as the caller named it: "email", "shippingAddress.postalCode". */
    public String field() {
        return field;
    }

    /** The rule the value broke, without the field: "must be an address", "is required". */
    public String expectation() {
        return expectation;
    }
}
