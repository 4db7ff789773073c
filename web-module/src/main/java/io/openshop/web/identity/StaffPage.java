package io.openshop.web.identity;

import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.identity.StaffMember;
import io.openshop.service.identity.StaffService;
import io.openshop.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * ADMIN's staff page: the staff with their roles and state, a form that opens an account, and
 * one that changes an account (grant, revoke, disable, enable). The rules are the boundary's;
 * a refused change comes back as a message.
 */
@Named
@ViewScoped
public class StaffPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> STAFF_ROLES = List.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT);

    @Inject
    StaffService service;

    private List<StaffMember> staff = List.of();
    private String newEmail;
    private String newName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();
    private Long selected;
    private String role;

    @PostConstruct
    void load() {
        staff = service.staff();
    }

    public void create() {
        act(() -> service.create(newEmail, newName, newPassword, newRoles, remoteAddress()), "Opened the account ");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            newEmail = null;
            newName = null;
            newRoles = new ArrayList<>();
        }
        newPassword = null;
    }

    public void grant() {
        act(() -> service.grantRole(chosen(), role, remoteAddress()), "Changed the roles of ");
    }

    public void revoke() {
        act(() -> service.revokeRole(chosen(), role, remoteAddress()), "Changed the roles of ");
    }

    public void disable() {
        act(() -> service.disable(chosen(), remoteAddress()), "Disabled ");
    }

    public void enable() {
        act(() -> service.enable(chosen(), remoteAddress()), "Enabled ");
    }

    private void act(Supplier<StaffMember> change, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            StaffMember member = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done + member.getEmail() + ".", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
            faces.validationFailed();
        }
        staff = service.staff();
    }

    private long chosen() {
        if (selected == null) {
            throw new InvalidInputException("account", "choose an account");
        }
        return selected;
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public List<String> getStaffRoles() {
        return STAFF_ROLES;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
