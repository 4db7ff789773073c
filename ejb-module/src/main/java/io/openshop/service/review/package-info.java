/** Reviews use cases: customers write reviews, shoppers read published ones, staff moderate them. */
package io.openshop.service.review;
