/** Steps in PostgreSQL, their messages on Payara's OpenMQ queues, and the message-driven beans that run them. */
package io.openshop.service.workflow.infrastructure;
