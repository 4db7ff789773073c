package io.openshop.service.order;

import io.openshop.domain.order.OrderAction;
import io.openshop.service.payment.PaymentService;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order desk offers an action only to the roles that the EJB method performing it lets in. */
class OrderDeskServiceTest {

    private static final Map<OrderAction, Method> PERFORMED_BY = Map.of(
            OrderAction.CAPTURE, method(PaymentService.class, "capture"),
            OrderAction.START_FULFILMENT, method(OrderService.class, "startFulfilment"),
            OrderAction.SHIP, method(OrderService.class, "ship"),
            OrderAction.DELIVER, method(OrderService.class, "deliver"),
            OrderAction.CANCEL, method(OrderService.class, "cancel"),
            OrderAction.RECEIVE_RETURN, method(OrderService.class, "receiveReturn"),
            OrderAction.REFUND, method(PaymentService.class, "refund"));

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.isAnnotationPresent(RolesAllowed.class))
                .findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + "." + name + " has no @RolesAllowed"));
    }

    @Test
    void everyActionIsOfferedToExactlyTheRolesItsMethodAllows() {
        assertEquals(Set.of(OrderAction.values()), OrderDeskService.ROLES.keySet());
        for (OrderAction action : OrderAction.values()) {
            Set<String> allowed = Set.of(PERFORMED_BY.get(action).getAnnotation(RolesAllowed.class).value());
            assertEquals(allowed, OrderDeskService.ROLES.get(action), action.name());
        }
    }
}
