-- Personal data at rest is encrypted by the application (AES-GCM, see docs/security.md): the
-- order's shipping name, lines, postal code and city hold 'v1:<key-id>:<base64>' text, longer
-- than the plaintext limits, so the columns become text. The length limits stay in the domain
-- (ShippingAddress); the country stays in clear for tax and shipping. Rows written before this
-- version hold plaintext and still read: the application treats text without the 'v1:' prefix
-- as legacy plaintext.
alter table customer_order
    alter column ship_name        type text,
    alter column ship_line1       type text,
    alter column ship_line2       type text,
    alter column ship_postal_code type text,
    alter column ship_city        type text;
