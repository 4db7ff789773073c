/** Integrations on the web: the administrators' webhook API ({@code /api/admin/webhooks}). */
package io.openshop.web.integration;
