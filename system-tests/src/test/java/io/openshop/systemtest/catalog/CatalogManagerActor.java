package io.openshop.systemtest.catalog;

import io.openshop.domain.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Acts as a catalog manager inside the server, so that in-container tests can call the EJB
 * boundaries that only staff may use, with the container's own security checks in force.
 */
@Stateless
@PermitAll
@RunAs(Roles.CATALOG_MANAGER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogManagerActor {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
