package io.openshop.domain.shared;

/** A value given by a caller breaks a rule; names the field and what is expected of it. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String expectation) {
        super(field + " " + expectation);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
