/** Durable steps after a commit: scheduling with a JMS message in the same transaction, running once, retrying, parking and replay. */
package io.openshop.service.workflow;
