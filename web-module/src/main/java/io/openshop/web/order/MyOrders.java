package io.openshop.web.order;

import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.shared.DomainException;
import io.openshop.service.order.OrderService;
import io.openshop.service.order.OrderView;
import io.openshop.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The signed-in customer's order history on the account page, and asking to send a delivered order back. */
@Named
@RequestScoped
public class MyOrders {

    @Inject
    OrderService orders;

    private List<OrderView> list;

    public List<OrderView> getOrders() {
        if (list == null) {
            list = orders.myOrders();
        }
        return list;
    }

    public boolean returnable(OrderView order) {
        return order.status() == OrderStatus.DELIVERED;
    }

    public String statusLabel(OrderStatus status) {
        String words = status.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String requestReturn(String number) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            orders.requestReturn(number);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "We have your return request for order " + number + ". Please send the items back; we refund once they arrive.", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/account/index.xhtml?faces-redirect=true";
    }
}
