package io.openshop.web.identity;

import jakarta.annotation.security.RolesAllowed;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.audit.AuditRecord;
import io.openshop.domain.identity.CustomerColumn;
import io.openshop.domain.shared.Sort;
import io.openshop.service.identity.CustomerDeskService;
import io.openshop.service.identity.CustomerDetail;
import io.openshop.service.identity.CustomerSummary;
import io.openshop.service.identity.PersonalDataService;
import io.openshop.web.platform.MoneyResponse;
import io.openshop.web.platform.PageResponse;
import io.openshop.web.platform.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The customer desk for SUPPORT and ADMIN (the EJB boundary checks the role): find, read, close and open accounts, export their data. */
@Path("admin/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
public class CustomerAdminResource {

    /** A customer order in the desk's list. */
    public record CustomerOrderResponse(String number, OffsetDateTime placedAt, String status, MoneyResponse grandTotal) {
    }

    /** An audit entry about or by the customer. */
    public record AuditLineResponse(long id, Instant at, String actor, String action, String target) {
        static AuditLineResponse of(AuditRecord r) {
            return new AuditLineResponse(r.getId(), r.getAt(), r.getActor(), r.getAction(), r.getTarget());
        }
    }

    /** One customer with what the desk shows of them. */
    public record CustomerDetailResponse(CustomerSummary customer, List<AddressResponse> addresses, List<CustomerOrderResponse> orders,
                                         List<CustomerDetail.Review> reviews, List<AuditLineResponse> audit) {
        static CustomerDetailResponse of(CustomerDetail d) {
            return new CustomerDetailResponse(d.customer(), d.addresses().stream().map(AddressResponse::of).toList(),
                    d.orders().stream().map(o -> new CustomerOrderResponse(o.number(), o.placedAt(), o.status().name(),
                            MoneyResponse.of(o.grandTotal()))).toList(), d.reviews(),
                    d.audit().stream().map(AuditLineResponse::of).toList());
        }
    }

    @Inject
    CustomerDeskService desk;

    @Inject
    PersonalDataService personalData;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Customers whose email starts with the text given (any case), sorted by email, name or since (a leading - for"
            + " descending; -since, newest first, by default); without a text, all, with an estimated total")
    @APIResponse(responseCode = "200", description = "One page of customers")
    @APIResponse(responseCode = "403", description = "The caller is neither support nor an administrator")
    public PageResponse<CustomerSummary> search(@QueryParam("email") String email, @QueryParam("sort") String sort,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(desk.search(email, Sort.parse(CustomerColumn.class, sort, CustomerColumn.DEFAULT),
                QueryParameters.pageRequest(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A customer: profile, addresses, orders, reviews and audit trail")
    @APIResponse(responseCode = "200", description = "The customer")
    @APIResponse(responseCode = "404", description = "No customer with this id")
    public CustomerDetailResponse customer(@PathParam("id") long id) {
        return CustomerDetailResponse.of(desk.customer(id));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Closes the customer's account: no more sign-ins, its tokens stop working (audited)")
    @APIResponse(responseCode = "200", description = "The customer, disabled")
    @APIResponse(responseCode = "404", description = "No customer with this id")
    public CustomerSummary disable(@PathParam("id") long id) {
        return desk.disable(id, request.getRemoteAddr());
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Opens a closed customer account again (audited); an erased one stays closed")
    @APIResponse(responseCode = "200", description = "The customer, active")
    @APIResponse(responseCode = "400", description = "The account was erased")
    @APIResponse(responseCode = "404", description = "No customer with this id")
    public CustomerSummary enable(@PathParam("id") long id) {
        return desk.enable(id, request.getRemoteAddr());
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "The customer's data export, made on their request (audited with the member of staff)")
    @APIResponse(responseCode = "200", description = "Profile, addresses, orders and reviews")
    @APIResponse(responseCode = "404", description = "No customer with this id")
    public ExportResponse export(@PathParam("id") long id) {
        return ExportResponse.of(personalData.exportCustomer(id, request.getRemoteAddr()));
    }
}
