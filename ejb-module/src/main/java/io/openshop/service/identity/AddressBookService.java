package io.openshop.service.identity;

import io.openshop.domain.identity.AddressBook;
import io.openshop.domain.identity.CustomerAddress;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in customer's own address book. Every address is looked up together with its
 * owner, so another customer's address id is simply not found (404), never forbidden (which
 * would tell that it exists).
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class AddressBookService {

    static final int MAX_ADDRESSES = 20;

    @Inject
    AddressBook book;

    @Inject
    CurrentAccount current;

    public List<AddressView> myAddresses() {
        return book.of(current.get().getId()).stream().map(AddressView::of).toList();
    }

    public AddressView myAddress(long id) {
        return AddressView.of(mine(id));
    }

    public AddressView add(AddressDraft d) {
        long owner = current.get().getId();
        if (book.of(owner).size() >= MAX_ADDRESSES) {
            throw new InvalidInputException("addresses", "an address book holds at most " + MAX_ADDRESSES + " addresses");
        }
        CustomerAddress address = new CustomerAddress(owner, d.name(), d.line1(), d.line2(), d.postalCode(), d.city(),
                d.country(), d.phone(), Instant.now());
        book.add(address);
        return AddressView.of(address);
    }

    public AddressView change(long id, AddressDraft d) {
        CustomerAddress address = mine(id);
        address.change(d.name(), d.line1(), d.line2(), d.postalCode(), d.city(), d.country(), d.phone());
        return AddressView.of(address);
    }

    public void remove(long id) {
        book.remove(mine(id));
    }

    private CustomerAddress mine(long id) {
        return book.find(current.get().getId(), id).orElseThrow(() -> new NotFoundException("Address", Long.toString(id)));
    }

}
