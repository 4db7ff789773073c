/**
 * Integrations: the domain events other systems learn of (written by the database in the
 * transaction of each change, V068), and the outbound webhooks that deliver them to the
 * subscribers an administrator registers, signed and retried.
 */
package io.openshop.domain.integration;
