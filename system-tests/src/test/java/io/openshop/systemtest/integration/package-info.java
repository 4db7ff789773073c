/** Integrations: domain events and the webhooks that deliver them, against a local subscriber. */
package io.openshop.systemtest.integration;
