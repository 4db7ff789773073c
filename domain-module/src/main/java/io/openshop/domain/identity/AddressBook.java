package io.openshop.domain.identity;

import java.util.List;
import java.util.Optional;

/** Where customers' addresses are kept; every lookup is by owner, so nobody reaches another's address. */
public interface AddressBook {

    List<CustomerAddress> of(long ownerId);

    /** The owner's address with this id; empty when it does not exist or belongs to someone else. */
    Optional<CustomerAddress> find(long ownerId, long addressId);

    void add(CustomerAddress address);

    void remove(CustomerAddress address);

    /** Removes every address of the owner; returns how many there were. */
    int removeAllOf(long ownerId);
}
