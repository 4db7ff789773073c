package io.openshop.domain.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** One way a product varies (size, colour), with the values shoppers choose from, in order. Part of the Product aggregate. */
@Entity
@Table(name = "product_option")
public class ProductOption {

    @Id
    @SequenceGenerator(name = "product_option_seq", sequenceName = "product_option_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_option_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 60)
    private String label;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_option_value", joinColumns = @JoinColumn(name = "option_id"))
    @OrderColumn(name = "position")
    @Column(name = "value", nullable = false, length = 40)
    private List<String> values = new ArrayList<>();

    protected ProductOption() {
        // for JPA
    }

    ProductOption(Product product, int position, OptionSpec spec) {
        this.product = product;
        this.position = position;
        this.code = spec.code();
        this.label = spec.label();
        this.values = new ArrayList<>(spec.values());
    }

    void redefine(int newPosition, OptionSpec spec) {
        this.position = newPosition;
        this.label = spec.label();
        this.values = new ArrayList<>(spec.values());
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public List<String> getValues() {
        return List.copyOf(values);
    }

    int getPosition() {
        return position;
    }
}
