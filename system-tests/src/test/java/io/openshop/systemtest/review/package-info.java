/** Product reviews: writing, moderation and display, through the API and in the browser. */
package io.openshop.systemtest.review;
