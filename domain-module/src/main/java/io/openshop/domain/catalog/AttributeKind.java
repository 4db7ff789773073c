package io.openshop.domain.catalog;

/** What kind of value an attribute takes. */
public enum AttributeKind {
    TEXT, NUMBER, BOOLEAN, ENUM
}
