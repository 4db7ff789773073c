package io.openshop.web.checkout;

import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.order.OrderService;
import io.openshop.service.order.OrderView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Map;

/**
 * The page after "Place order": the order number and totals. It shows only an order this browser
 * placed (remembered in its session with the email it was placed with); any other number is a 404.
 */
@Named
@RequestScoped
public class ConfirmationPage {

    @Inject
    OrderService orders;

    private String number;
    private OrderView order;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        @SuppressWarnings("unchecked")
        Map<String, String> placed = (Map<String, String>) external.getSessionMap().get(CheckoutPage.PLACED);
        String email = placed == null || number == null ? null : placed.get(number);
        try {
            if (email == null) {
                throw new NotFoundException("Order", number);
            }
            order = orders.view(number, email);
        } catch (NotFoundException e) {
            external.responseSendError(404, "No such order in this browser");
            faces.responseComplete();
        }
    }

    public OrderView getOrder() {
        return order;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
