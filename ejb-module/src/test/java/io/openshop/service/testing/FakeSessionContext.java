package io.openshop.service.testing;

import jakarta.ejb.EJBHome;
import jakarta.ejb.EJBLocalHome;
import jakarta.ejb.EJBLocalObject;
import jakarta.ejb.EJBObject;
import jakarta.ejb.SessionContext;
import jakarta.ejb.TimerService;
import jakarta.transaction.UserTransaction;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The caller as the container would tell it: a principal ("ANONYMOUS" when nobody signed in) and roles. */
public final class FakeSessionContext implements SessionContext {

    private Principal principal = () -> "ANONYMOUS";
    private Set<String> roles = Set.of();
    private boolean rollbackOnly;

    public FakeSessionContext signedIn(String name, String... roles) {
        this.principal = () -> name;
        this.roles = Set.of(roles);
        return this;
    }

    public FakeSessionContext anonymous() {
        this.principal = () -> "ANONYMOUS";
        this.roles = Set.of();
        return this;
    }

    @Override
    public Principal getCallerPrincipal() {
        return principal;
    }

    @Override
    public boolean isCallerInRole(String roleName) {
        return roles.contains(roleName);
    }

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
        return rollbackOnly;
    }

    @Override
    public Map<String, Object> getContextData() {
        return new HashMap<>();
    }

    @Override
    public EJBLocalObject getEJBLocalObject() {
        throw new UnsupportedOperationException();
    }

    @Override
    public EJBObject getEJBObject() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T getBusinessObject(Class<T> businessInterface) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Class<?> getInvokedBusinessInterface() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean wasCancelCalled() {
        return false;
    }

    @Override
    public EJBHome getEJBHome() {
        throw new UnsupportedOperationException();
    }

    @Override
    public EJBLocalHome getEJBLocalHome() {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserTransaction getUserTransaction() {
        throw new UnsupportedOperationException();
    }

    @Override
    public TimerService getTimerService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object lookup(String name) {
        throw new UnsupportedOperationException();
    }
}
