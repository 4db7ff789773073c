/** The web tier: JSF storefront and back office, JAX-RS API. Delegates every rule to the EJB services. */
package io.openshop.web;
