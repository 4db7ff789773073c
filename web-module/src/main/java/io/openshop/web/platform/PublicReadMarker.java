package io.openshop.web.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells {@link EdgeCaching} that the answer being written is a {@link PublicRead}: the property is
 * the servlet request's attribute in a servlet container, and the filter runs before the entity
 * is written, so the servlet filter knows it by the answer's first byte.
 */
@Provider
@PublicRead
public class PublicReadMarker implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        request.setProperty(EdgeCaching.PUBLIC_READ, Boolean.TRUE);
    }
}
