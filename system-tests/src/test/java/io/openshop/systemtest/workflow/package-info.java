/** The order workflow after payment on OpenMQ: exactly-once steps across restarts, and the mail outbox. */
package io.openshop.systemtest.workflow;
