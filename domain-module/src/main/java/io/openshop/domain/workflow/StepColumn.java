package io.openshop.domain.workflow;

import io.openshop.domain.shared.Sort;

/** How the parked steps can be ordered: by when they were queued, newest first (the latest failures) unless staff choose. */
public enum StepColumn implements Sort.Column {

    QUEUED;

    /** The order a grid shows before staff choose one. */
    public static final Sort<StepColumn> DEFAULT = Sort.descending(QUEUED);
}
