package io.openshop.service.catalog;

import io.openshop.domain.catalog.CatalogRepository;

import java.util.List;

/** The real catalog service (its one price rule included) over a fake repository, for the services that price carts. */
public final class CatalogServices {

    private CatalogServices() {
    }

    public static CatalogService over(CatalogRepository repository, String... currencies) {
        CatalogService service = new CatalogService();
        service.catalog = repository;
        service.currencies = List.of(currencies);
        return service;
    }
}
