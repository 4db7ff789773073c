package io.openshop.web.identity;

import io.openshop.domain.identity.CustomerColumn;
import io.openshop.service.identity.CustomerDeskService;
import io.openshop.service.identity.CustomerSummary;
import io.openshop.web.platform.PagedGrid;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** The customer list for support and administrators: newest first, filtered by the start of the email. */
@Named
@ViewScoped
public class CustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerDeskService desk;

    private String email;
    private String shown;

    private final LazyDataModel<CustomerSummary> customers = new PagedGrid<>(CustomerColumn.class, CustomerColumn.DEFAULT,
            (sort, page) -> desk.search(shown, sort, page),
            customer -> Long.toString(customer.id()));

    /** Applies the email typed to the list. */
    public void find() {
        shown = email;
    }

    public LazyDataModel<CustomerSummary> getCustomers() {
        return customers;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
